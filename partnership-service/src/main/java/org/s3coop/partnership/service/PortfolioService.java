package org.s3coop.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.repository.PartnershipRepository;
import org.s3coop.partnership.repository.PortfolioFilter;
import org.s3coop.partnership.repository.StageTransitionRepository;
import org.s3coop.platform.time.UtcClock;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The monitoring figures ({@link Portfolio}) of the partnerships of a programme, a priority and a country (each
 * optional). Stays are read from the history ({@link StageTransitionRepository#stays}); everything is aggregated by
 * PostgreSQL: the history is never loaded into memory (with a million history rows that took the service's whole
 * heap). Ongoing stays are measured until now ({@link UtcClock}).
 */
@ApplicationScoped
public class PortfolioService {
    @Inject
    PartnershipRepository partnerships;
    @Inject
    StageTransitionRepository history;

    @WithSession
    public Uni<Portfolio> portfolio(String programme, String priority, String country) {
        PortfolioFilter filter = new PortfolioFilter(programme, priority, country);
        return partnerships.countByStageAndStatus(filter).chain(counts -> history.stays(filter, UtcClock.now())
                .chain(stays -> history.revertsByTrigger(filter).chain(reverts -> partnerships
                        .rescopingRecommended(filter).map(flagged -> Portfolio.of(counts, stays, reverts, flagged)))));
    }
}
