package org.s3coop.partnership.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.StayLedger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The portfolio's time-in-stage and revert cells ({@link StayLedger}): deltas appended in the transitions'
 * transactions ({@code portfolio_stay_delta}), folded into {@code portfolio_stay_cell} by {@link #compact}; {@link PortfolioReads#stays}
 * sums both for the cells a filter selects, by kind, subject and hour. {@link #FROM_SCRATCH} computes the same cells
 * from the partnership table and the whole history (migration V8 filled the cells with it; {@link #rebuild} does again).
 */
@ApplicationScoped
@WithSession
public class PortfolioStayRepository {
    private static final String KEY = "programme, priority_code, country, stage, kind, subject, hour";
    /** The delta's columns with their types, in the order of {@link #add}'s rows. */
    private static final String TYPED_COLUMNS = "programme text, priority_code text, country text, stage text, kind text, "
            + "subject text, hour bigint, stays bigint";
    /** Every cell computed from the history (resource portfolio/stay-cells-from-scratch.sql), as migration V8 did. */
    public static final String FROM_SCRATCH = CellSql.resource("/portfolio/stay-cells-from-scratch.sql");
    private static final String COMPACT = "with moved as (delete from portfolio_stay_delta returning *) "
            + "insert into portfolio_stay_cell (" + KEY + ", stays) select " + KEY + ", sum(stays) from moved group by "
            + KEY + " on conflict (" + KEY + ") do update set stays = portfolio_stay_cell.stays + excluded.stays";

    /** How many stays of a kind in a stage (subject) by hour, or REVERTs by trigger (subject). */
    public record Count(String kind, String subject, long hour, long stays) {
    }

    /** Appends {@code deltas} (in the caller's transaction): one statement, inserts only. */
    public Uni<Void> add(Map<StayLedger.Key, Long> deltas) {
        return CellSql.insert(rows(deltas));
    }

    /** {@code deltas} as rows of {@code portfolio_stay_delta}. */
    static CellSql.Rows rows(Map<StayLedger.Key, Long> deltas) {
        List<List<Object>> rows = new ArrayList<>();
        deltas.forEach((k, n) -> rows.add(List.of(k.programme(), k.priority(), k.country(), k.stage(), k.kind(), k.subject(),
                k.hour(), n)));
        return new CellSql.Rows("portfolio_stay_delta", TYPED_COLUMNS, rows);
    }

    /** Folds the deltas into the cells (one statement: what it moves, it deletes). */
    public Uni<Integer> compact() {
        return Panache.getSession().chain(s -> s.createNativeQuery(COMPACT).executeUpdate());
    }

    /**
     * The counts of the cells a filter selects ({@code country} null: the any-country cells), deltas included: the
     * statement {@link PortfolioReads#stays} runs, its parameters named as {@link CellSql#parameters} names them.
     */
    static String readSql(PortfolioFilter filter) {
        String cond = CellSql.where(filter, filter.stage() == null ? null : filter.stage().name());
        return "select kind, subject, hour, sum(stays) from (select kind, subject, hour, stays from portfolio_stay_cell "
                + "where " + cond + " union all select kind, subject, hour, stays from portfolio_stay_delta where " + cond
                + ") c group by 1, 2, 3 having sum(stays) <> 0";
    }

    /** A count from the columns of {@link #readSql}. */
    static Count count(Object[] r) {
        return new Count((String) r[0], (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
    }

    /** Recomputes every cell from the history (after a bulk load that bypassed the service). */
    public Uni<Integer> rebuild() {
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from portfolio_stay_delta").executeUpdate()
                .chain(() -> s.createNativeQuery("delete from portfolio_stay_cell").executeUpdate())
                .chain(() -> s.createNativeQuery("insert into portfolio_stay_cell (" + KEY + ", stays) " + FROM_SCRATCH)
                        .executeUpdate()));
    }
}
