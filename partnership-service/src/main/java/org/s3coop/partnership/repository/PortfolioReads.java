package org.s3coop.partnership.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.JsonColumns;
import org.s3coop.partnership.domain.RescopingFlag;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Status;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The portfolio's three reads on the reactive SQL client, off the ORM (as {@link PartnershipReads}; docs/performance.md,
 * "Issue 15"): the kept cells ({@link PortfolioCellRepository#readSql}), the stay cells
 * ({@link PortfolioStayRepository#readSql}) and the open partnerships flagged for re-scoping, only the columns the
 * portfolio shows. Each is one statement on a connection of its own, so the three run at once.
 */
@ApplicationScoped
public class PortfolioReads {
    private static final String FLAGGED = "select id, title, stage, status, rescoping_reason, rescoping_reasons "
            + "from partnership where rescoping_recommended and status <> 'CLOSED'%s order by created_at, id";
    private static final JsonColumns.RescopingReasons REASONS = new JsonColumns.RescopingReasons();
    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-z]+)\\b");

    @Inject
    Pool pool;

    /** The cells a filter selects, deltas included (the statement of {@link PortfolioCellRepository#readSql}). */
    public Uni<List<PortfolioCellRepository.Row>> cells(PortfolioFilter filter, String stage) {
        return query(PortfolioCellRepository.readSql(filter, stage), CellSql.parameters(filter, stage),
                row -> PortfolioCellRepository.row(values(row)));
    }

    /** The stay counts a filter selects, deltas included (the statement of {@link PortfolioStayRepository#readSql}). */
    public Uni<List<PortfolioStayRepository.Count>> stays(PortfolioFilter filter) {
        String stage = filter.stage() == null ? null : filter.stage().name();
        return query(PortfolioStayRepository.readSql(filter), CellSql.parameters(filter, stage),
                row -> PortfolioStayRepository.count(values(row)));
    }

    /** The open partnerships a filter selects that are flagged for re-scoping, oldest first. */
    public Uni<List<RescopingFlag>> rescoping(PortfolioFilter filter) {
        return query(FLAGGED.formatted(filter.isEmpty() ? "" : " and " + filter.where()), filter.parameters(),
                row -> new RescopingFlag(row.getUUID("id"), row.getString("title"), Stage.valueOf(row.getString("stage")),
                        Status.valueOf(row.getString("status")), row.getString("rescoping_reason"),
                        REASONS.convertToEntityAttribute(row.getString("rescoping_reasons"))));
    }

    /** Runs {@code sql}, its {@code :name} parameters numbered ({@code $1}, ...) and bound from {@code named}. */
    private <T> Uni<List<T>> query(String sql, Map<String, Object> named, Function<Row, T> mapper) {
        Tuple tuple = Tuple.tuple();
        List<String> order = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        StringBuilder numbered = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!order.contains(name)) {
                order.add(name);
                tuple.addValue(named.get(name));
            }
            m.appendReplacement(numbered, "\\$" + (order.indexOf(name) + 1));
        }
        m.appendTail(numbered);
        return pool.preparedQuery(numbered.toString()).execute(tuple).map(rows -> list(rows, mapper));
    }

    private static <T> List<T> list(RowSet<Row> rows, Function<Row, T> mapper) {
        return StreamSupport.stream(rows.spliterator(), false).map(mapper).toList();
    }

    private static Object[] values(Row row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.getValue(i);
        }
        return values;
    }
}
