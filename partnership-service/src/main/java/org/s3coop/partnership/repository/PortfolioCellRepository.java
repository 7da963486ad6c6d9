package org.s3coop.partnership.repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.PortfolioCell;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The portfolio's aggregate cells ({@link PortfolioCell}): deltas appended in the changes' transactions
 * ({@code portfolio_delta}), folded into {@code portfolio_cell} by {@link #compact}; {@link PortfolioReads#cells} sums both.
 * {@link #FROM_SCRATCH} computes the same cells from the partnership and project tables (migration V6 filled the cells
 * with it; {@link #rebuild} does again, e.g. after a bulk load).
 */
@ApplicationScoped
@WithSession
public class PortfolioCellRepository {
    private static final String KEY = "programme, priority_code, country, stage, status, since, reported, instrument, project_status";
    private static final String SUMS = "sum(partnerships), sum(projects), sum(requested_eur), sum(granted_eur), "
            + "sum(trl_start), sum(trl_target)";
    /** The delta's columns with their types, in the order of {@link #add}'s rows. */
    private static final String TYPED_COLUMNS = "programme text, priority_code text, country text, stage text, status text, "
            + "since text, reported text, instrument text, project_status text, partnerships bigint, projects bigint, "
            + "requested_eur numeric, granted_eur numeric, trl_start bigint, trl_target bigint";
    /** Every cell computed from the tables (resource portfolio/cells-from-scratch.sql), as migration V6 did. */
    public static final String FROM_SCRATCH = CellSql.resource("/portfolio/cells-from-scratch.sql");
    private static final String COMPACT = "with moved as (delete from portfolio_delta returning *) "
            + "insert into portfolio_cell select " + KEY + ", " + SUMS + " from moved group by " + KEY
            + " on conflict (" + KEY + ") do update set partnerships = portfolio_cell.partnerships + excluded.partnerships, "
            + "projects = portfolio_cell.projects + excluded.projects, "
            + "requested_eur = portfolio_cell.requested_eur + excluded.requested_eur, "
            + "granted_eur = portfolio_cell.granted_eur + excluded.granted_eur, "
            + "trl_start = portfolio_cell.trl_start + excluded.trl_start, trl_target = portfolio_cell.trl_target + excluded.trl_target";

    /** A cell and its figures. */
    public record Row(PortfolioCell.Key key, PortfolioCell.Figures figures) {
    }

    /** Appends {@code deltas} (in the caller's transaction): one statement, inserts only. */
    public Uni<Void> add(Map<PortfolioCell.Key, PortfolioCell.Figures> deltas) {
        return CellSql.insert(rows(deltas));
    }

    /** {@code deltas} as rows of {@code portfolio_delta}. */
    static CellSql.Rows rows(Map<PortfolioCell.Key, PortfolioCell.Figures> deltas) {
        List<List<Object>> rows = new ArrayList<>();
        deltas.forEach((k, f) -> rows.add(List.of(k.programme(), k.priority(), k.country(), k.stage(), k.status(), k.since(),
                k.reported(), k.instrument(), k.projectStatus(), f.partnerships(), f.projects(), f.requested(),
                f.granted(), f.trlStart(), f.trlTarget())));
        return new CellSql.Rows("portfolio_delta", TYPED_COLUMNS, rows);
    }

    /** Folds the deltas into the cells (one statement: what it moves, it deletes). */
    public Uni<Integer> compact() {
        return Panache.getSession().chain(s -> s.createNativeQuery(COMPACT).executeUpdate());
    }

    /**
     * The cells a filter selects ({@code country} null: the any-country cells), deltas included: the statement
     * {@link PortfolioReads#cells} runs, its parameters named as {@link CellSql#parameters} names them.
     */
    static String readSql(PortfolioFilter filter, String stage) {
        String cond = CellSql.where(filter, stage);
        return "select " + KEY + ", " + SUMS + " from (select * from portfolio_cell where " + cond
                + " union all select * from portfolio_delta where " + cond + ") c group by " + KEY;
    }

    /** Every cell computed from scratch, summed as {@link #readSql} sums them (for the check and the rebuild). */
    public Uni<List<Row>> fromScratch() {
        return rows("select " + KEY + ", " + SUMS + " from (" + FROM_SCRATCH + ") c group by " + KEY);
    }

    /** Every cell as kept (cells and pending deltas summed). */
    public Uni<List<Row>> all() {
        return rows("select " + KEY + ", " + SUMS + " from (select * from portfolio_cell union all select * from "
                + "portfolio_delta) c group by " + KEY);
    }

    /** Recomputes every cell from the tables (after a bulk load that bypassed the service). */
    public Uni<Integer> rebuild() {
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from portfolio_delta").executeUpdate()
                .chain(() -> s.createNativeQuery("delete from portfolio_cell").executeUpdate())
                .chain(() -> s.createNativeQuery("insert into portfolio_cell " + FROM_SCRATCH).executeUpdate()));
    }

    private Uni<List<Row>> rows(String sql) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql, Object[].class).getResultList())
                .map(rows -> rows.stream().map(PortfolioCellRepository::row).toList());
    }

    /** A cell from the columns of {@link #readSql}: the key, then the sums. */
    static Row row(Object[] r) {
        return new Row(new PortfolioCell.Key((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8]),
                new PortfolioCell.Figures(num(r[9]).longValue(), num(r[10]).longValue(), decimal(r[11]), decimal(r[12]),
                        num(r[13]).longValue(), num(r[14]).longValue()));
    }

    private static Number num(Object o) {
        return (Number) o;
    }

    private static BigDecimal decimal(Object o) {
        return o instanceof BigDecimal b ? b.stripTrailingZeros() : new BigDecimal(o.toString()).stripTrailingZeros();
    }
}
