package org.s3coop.partnership.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PortfolioCell;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.domain.StayLedger;

/**
 * What a change that moved a partnership's cells (a transition, a member leaving, its creation) does to the portfolio's
 * stay and revert cells ({@link StayLedger}): the difference between its stay cells before the change (the history up
 * to the version it had, in the shape it had) and after (the whole history, in its shape now). {@link PortfolioFigures#moved}
 * reads the history with the projects in one statement and appends this difference with the cells' in one.
 */
@ApplicationScoped
public class PortfolioStays {
    /**
     * After a change of {@code p} from {@code before} (null: it is new) at {@code version}, with {@code steps} its whole
     * history, oldest first: the stay cells' deltas.
     */
    public Map<StayLedger.Key, Long> difference(Partnership p, PortfolioCell.Shape before, long version,
            List<StageTransition> steps) {
        List<StageTransition> was = steps.stream().filter(t -> t.version <= version).toList();
        return StayLedger.difference(StayLedger.of(before, was), StayLedger.of(PortfolioCell.Shape.of(p), steps));
    }
}
