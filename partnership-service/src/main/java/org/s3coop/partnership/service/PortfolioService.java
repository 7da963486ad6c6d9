package org.s3coop.partnership.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.ReportPeriod;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.repository.PortfolioCellRepository;
import org.s3coop.partnership.repository.PortfolioFilter;
import org.s3coop.partnership.repository.PortfolioReads;
import org.s3coop.partnership.repository.PortfolioStayRepository;
import org.s3coop.platform.time.UtcClock;

import io.smallrye.mutiny.Uni;

/**
 * The monitoring figures ({@link Portfolio}) of the partnerships of a programme, a priority, a country and a stage (each
 * optional), read from the aggregates kept by every change: the counts and investment figures from the portfolio's
 * cells ({@link PortfolioCellRepository}), the stays and reverts from the stay cells ({@link PortfolioStayRepository},
 * medians to the hour: {@link StayMedians}); only the partnerships flagged for re-scoping are read from their table.
 * Nothing is computed from the history per request; the three reads run at once, off the ORM ({@link PortfolioReads}).
 * Ongoing stays are measured until now ({@link UtcClock}).
 */
@ApplicationScoped
public class PortfolioService {
    @Inject
    PortfolioReads reads;

    /** The portfolio: counts, stays and reverts, re-scoping, and the investment figures. */
    public record Figures(Portfolio portfolio, InvestmentFigures investment) {
    }

    public Uni<Figures> portfolio(String programme, String priority, String country, Stage stage) {
        PortfolioFilter filter = new PortfolioFilter(programme, priority, country, stage);
        OffsetDateTime now = UtcClock.now();
        return Uni.combine().all().unis(reads.cells(filter, stage == null ? null : stage.name()), reads.stays(filter),
                reads.rescoping(filter)).with((rows, counts, flagged) -> {
                    StayMedians.Figures s = StayMedians.of(counts, now);
                    return new Figures(Portfolio.of(InvestmentFigures.counts(rows), s.stays(), s.reverts(), flagged),
                            InvestmentFigures.of(rows, ReportPeriod.lastClosed(now)));
                });
    }
}
