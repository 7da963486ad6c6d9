package org.s3coop.partnership.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.StageTransition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class StageTransitionRepository implements PanacheRepositoryBase<StageTransition, Long> {

    public Uni<List<StageTransition>> of(UUID partnershipId) {
        return list("partnershipId", Sort.by("seq"), partnershipId);
    }

    /** The whole history of every partnership, grouped by partnership and in order: for the portfolio figures. */
    public Uni<List<StageTransition>> all() {
        return listAll(Sort.by("partnershipId").and("seq"));
    }
}
