package org.s3coop.partnership.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.Programme;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, String> {

    /** Every programme, in the order of the list. */
    public Uni<List<Programme>> all() {
        return listAll(Sort.by("position"));
    }
}
