package org.s3coop.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.repository.PartnershipRepository;
import org.s3coop.partnership.repository.StageTransitionRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The monitoring figures ({@link Portfolio}). Stays are read from the history: a stay in a stage starts with PROPOSE
 * (SCOPING), ADVANCE or REVERT into it and ends with the next ADVANCE, REVERT or CLOSE; time on hold counts as time
 * in the stage. Everything is aggregated by PostgreSQL ({@link StageTransitionRepository#stays()}): the history is
 * never loaded into memory (with a million history rows that took the service's whole heap).
 */
@ApplicationScoped
public class PortfolioService {
    @Inject
    PartnershipRepository partnerships;
    @Inject
    StageTransitionRepository history;

    @WithSession
    public Uni<Portfolio> portfolio() {
        return partnerships.countByStageAndStatus().chain(counts -> history.stays().chain(stays -> history
                .revertsByTrigger().chain(reverts -> partnerships.rescopingRecommended()
                        .map(flagged -> Portfolio.of(counts, stays, reverts, flagged)))));
    }
}
