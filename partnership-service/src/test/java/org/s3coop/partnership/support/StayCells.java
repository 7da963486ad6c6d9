package org.s3coop.partnership.support;

import org.s3coop.partnership.repository.PortfolioStayRepository;

/**
 * The portfolio's stay and revert cells as kept by the changes (cells and pending deltas) and as computed from scratch
 * over the whole history ({@link PortfolioStayRepository#FROM_SCRATCH}), each as one sorted text to compare.
 */
public final class StayCells {
    private static final String KEY = "programme, priority_code, country, stage, kind, subject, hour";
    private static final String CANONICAL = "select coalesce(string_agg(line, E'\\n' order by line), '') from (select "
            + "concat_ws('|', " + KEY + ", sum(stays)) as line from (%s) c group by " + KEY + " having sum(stays) <> 0) t";

    private StayCells() {
    }

    public static String kept() {
        return (String) Db.single(CANONICAL.formatted("select " + KEY + ", stays from portfolio_stay_cell union all select "
                + KEY + ", stays from portfolio_stay_delta"));
    }

    public static String fromScratch() {
        return (String) Db.single(CANONICAL.formatted("select " + KEY + ", stays from ("
                + PortfolioStayRepository.FROM_SCRATCH + ") s"));
    }
}
