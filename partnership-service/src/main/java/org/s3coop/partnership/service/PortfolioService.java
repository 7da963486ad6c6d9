package org.s3coop.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.ReportPeriod;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.repository.PartnershipRepository;
import org.s3coop.partnership.repository.PortfolioCellRepository;
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
    @Inject
    PortfolioCellRepository cells;

    /** The portfolio: the stays, reverts and re-scoping as before, the counts and investment from the cells. */
    public record Figures(Portfolio portfolio, InvestmentFigures investment) {
    }

    @WithSession
    public Uni<Figures> portfolio(String programme, String priority, String country, Stage stage) {
        PortfolioFilter filter = new PortfolioFilter(programme, priority, country, stage);
        return cells.read(filter, stage == null ? null : stage.name()).chain(rows -> history.stays(filter, UtcClock.now())
                .chain(stays -> history.revertsByTrigger(filter).chain(reverts -> partnerships
                        .rescopingRecommended(filter).map(flagged -> new Figures(Portfolio.of(
                                InvestmentFigures.counts(rows), stays, reverts, flagged),
                                InvestmentFigures.of(rows, ReportPeriod.lastClosed(UtcClock.now())))))));
    }
}
