package org.s3coop.partnership.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.StageTransition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * The partnerships' history. The portfolio no longer aggregates it per request: its stays and reverts are counted by
 * {@link org.s3coop.partnership.domain.StayLedger} as each change happens (the semantics are documented there; the same
 * cells from the whole history: {@code portfolio/stay-cells-from-scratch.sql}).
 */
@ApplicationScoped
@WithSession
public class StageTransitionRepository implements PanacheRepositoryBase<StageTransition, Long> {
    /** A partnership's history, oldest first. */
    public Uni<List<StageTransition>> of(UUID partnershipId) {
        return list("partnershipId", Sort.by("seq"), partnershipId);
    }
}
