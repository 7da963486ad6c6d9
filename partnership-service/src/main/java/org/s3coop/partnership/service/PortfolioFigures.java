package org.s3coop.partnership.service;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PortfolioCell;
import org.s3coop.partnership.repository.InvestmentProjectRepository;
import org.s3coop.partnership.repository.PortfolioCellRepository;
import org.s3coop.partnership.repository.PortfolioMoves;
import org.s3coop.partnership.repository.PortfolioStayRepository;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the portfolio's aggregate cells ({@link PortfolioCell}) up to date in the transaction of each change: the
 * difference between a partnership's cells before and after is appended as deltas (inserts only, so concurrent
 * changes never wait on a hot cell), and folded into the cells by a scheduled compaction. A change that leaves the
 * partnership's {@link PortfolioCell.Shape} as it was and touches no project (evidence, letters, participants) writes
 * nothing.
 */
@ApplicationScoped
public class PortfolioFigures {
    private static final Logger LOG = Logger.getLogger(PortfolioFigures.class);

    @Inject
    PortfolioCellRepository cells;
    @Inject
    InvestmentProjectRepository projects;
    @Inject
    PortfolioStays stays;
    @Inject
    PortfolioStayRepository stayCells;
    @Inject
    PortfolioMoves moves;

    /** Runs {@code change} on {@code p} (locked) that may change its projects, and moves its cells. */
    <T> Uni<T> around(Partnership p, Supplier<Uni<T>> change) {
        PortfolioCell.Shape before = PortfolioCell.Shape.of(p);
        return figures(p.id).chain(was -> change.get().call(() -> figures(p.id).chain(now -> cells.add(
                PortfolioCell.difference(PortfolioCell.of(before, was), PortfolioCell.of(PortfolioCell.Shape.of(p), now))))));
    }

    /**
     * After a change of {@code p} alone (its projects as they were) from {@code before} at {@code version}: moves its
     * cells, and its stay cells ({@link PortfolioStays}), when its shape changed (every transition but
     * DISMISS_RESCOPING changes its stage or status): its projects and its history read in one statement
     * ({@link #sources}), both differences appended in one ({@link #add}).
     */
    Uni<Void> moved(Partnership p, PortfolioCell.Shape before, long version) {
        return sources(p, before).chain(in -> add(p, before, version, in));
    }

    /**
     * What {@link #moved} reads, once {@code p} has changed from {@code before} and its history row is written (or sent
     * ahead on the same connection): its projects and its history, in one statement; null, without a statement, when
     * its shape did not change. Decided when subscribed, so {@code p} may still be changing when this is called.
     */
    Uni<PortfolioMoves.Sources> sources(Partnership p, PortfolioCell.Shape before) {
        return Uni.createFrom().deferred(() -> PortfolioCell.same(before, PortfolioCell.Shape.of(p))
                ? Uni.createFrom().nullItem() : moves.sources(p.id));
    }

    /** Appends the differences {@link #moved} computes from {@code in} ({@link #sources}; null: nothing to append). */
    Uni<Void> add(Partnership p, PortfolioCell.Shape before, long version, PortfolioMoves.Sources in) {
        if (in == null) {
            return Uni.createFrom().voidItem();
        }
        PortfolioCell.Shape after = PortfolioCell.Shape.of(p);
        List<PortfolioCell.ProjectFigures> now = before == null ? List.of() : in.projects();
        return moves.add(PortfolioCell.difference(PortfolioCell.of(before, now), PortfolioCell.of(after, now)),
                stays.difference(p, before, version, in.history()));
    }

    private Uni<List<PortfolioCell.ProjectFigures>> figures(UUID partnershipId) {
        return projects.of(partnershipId).map(xs -> xs.stream().map(PortfolioCell.ProjectFigures::of).toList());
    }

    @Scheduled(every = "${s3coop.portfolio.compact-interval:5s}", delayed = "${s3coop.portfolio.compact-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return compact().replaceWithVoid().onFailure().recoverWithUni(f -> {
            LOG.warnf("portfolio deltas not compacted this time: %s", f.toString());
            return Uni.createFrom().voidItem();
        });
    }

    /** Folds the pending deltas into the cells; answers how many cells it wrote. */
    @WithTransaction
    public Uni<Integer> compact() {
        return cells.compact().chain(n -> stayCells.compact().map(m -> n + m));
    }

    /** Recomputes every cell from the tables (after data was loaded around the service, e.g. the bench). */
    @WithTransaction
    public Uni<Integer> rebuild() {
        return cells.rebuild().chain(n -> stayCells.rebuild().map(m -> n + m));
    }
}
