package org.s3coop.partnership.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PortfolioCell;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.domain.StayLedger;
import org.s3coop.partnership.repository.PortfolioStayRepository;
import org.s3coop.partnership.repository.StageTransitionRepository;

import io.smallrye.mutiny.Uni;

/**
 * Keeps the portfolio's stay and revert cells ({@link StayLedger}) up to date in the transaction of a change that moved
 * a partnership's cells (a transition, a member leaving, its creation): reads the partnership's own history (a few
 * rows, by its index), and appends the difference between its stay cells before the change (the history up to the
 * version it had, in the shape it had) and after. Called by {@link PortfolioFigures#moved}; a transition path that
 * writes its SQL off the ORM calls {@link #moved(Partnership, PortfolioCell.Shape, long, List)} with the history it
 * read.
 */
@ApplicationScoped
public class PortfolioStays {
    @Inject
    StageTransitionRepository history;
    @Inject
    PortfolioStayRepository stays;

    /** After a change of {@code p} from {@code before} (null: it is new) at {@code version}: moves its stay cells. */
    Uni<Void> moved(Partnership p, PortfolioCell.Shape before, long version) {
        return history.of(p.id).chain(steps -> moved(p, before, version, steps));
    }

    /** As {@link #moved(Partnership, PortfolioCell.Shape, long)}, with {@code steps} its whole history, oldest first. */
    public Uni<Void> moved(Partnership p, PortfolioCell.Shape before, long version, List<StageTransition> steps) {
        List<StageTransition> was = steps.stream().filter(t -> t.version <= version).toList();
        return stays.add(StayLedger.difference(StayLedger.of(before, was), StayLedger.of(PortfolioCell.Shape.of(p), steps)));
    }
}
