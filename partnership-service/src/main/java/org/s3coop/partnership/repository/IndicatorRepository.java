package org.s3coop.partnership.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.Indicator;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {
    /** The catalogue, in its order. */
    public Uni<List<Indicator>> catalogue() {
        return listAll(Sort.by("position"));
    }
}
