package org.s3coop.partnership.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.s3coop.platform.persistence.SessionSql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;

/** What the portfolio's aggregate repositories share: their from-scratch SQL, batched inserts and filters. */
final class CellSql {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CellSql() {
    }

    /** A SQL resource of the classpath, its comment lines left out. */
    static String resource(String path) {
        try (InputStream in = CellSql.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("--"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells a filter selects ({@code country} null: the any-country cells), as a condition over their columns. */
    static String where(PortfolioFilter filter, String stage) {
        List<String> where = new ArrayList<>();
        where.add("country = :country");
        if (filter.programme() != null) {
            where.add("programme = :programme");
        }
        if (filter.priority() != null) {
            where.add("priority_code = :priority");
        }
        if (stage != null) {
            where.add("stage = :stage");
        }
        return String.join(" and ", where);
    }

    /** The values of {@link #where}'s parameters, by name. */
    static Map<String, Object> parameters(PortfolioFilter filter, String stage) {
        Map<String, Object> values = new TreeMap<>();
        values.put("country", filter.country() == null ? "" : filter.country());
        if (filter.programme() != null) {
            values.put("programme", filter.programme());
        }
        if (filter.priority() != null) {
            values.put("priority", filter.priority());
        }
        if (stage != null) {
            values.put("stage", stage);
        }
        return values;
    }

    /** Rows for {@link #insert}: one value per column of {@code columns} ({@code "name type, ..."}) in each row. */
    record Rows(String table, String columns, List<List<Object>> rows) {
    }

    /**
     * {@code insert into table (columns) select ... from jsonb_to_recordset(?)} for each of {@code tables} that has
     * rows, in ONE statement (the first ones as data-modifying {@code with} clauses), each table's rows sent as one
     * JSON parameter, on the transaction's connection ({@link SessionSql}: no native query of Hibernate to parse, no
     * flush of the session first). The SQL text is the same whatever the number of rows (a {@code values} list of as
     * many rows as deltas was a new text and a new server-side statement for each row count).
     */
    static Uni<Void> insert(Rows... tables) {
        List<Rows> some = Arrays.stream(tables).filter(t -> !t.rows().isEmpty()).toList();
        if (some.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        StringJoiner with = new StringJoiner(", ", "with ", " ").setEmptyValue("");
        for (int i = 0; i < some.size() - 1; i++) {
            with.add("d" + i + " as (" + insertSql(some.get(i), "$" + (i + 1)) + ")");
        }
        String sql = with + insertSql(some.get(some.size() - 1), "$" + some.size());
        return SessionSql.update(sql, some.stream().map(CellSql::json).toArray()).replaceWithVoid();
    }

    private static String insertSql(Rows t, String parameter) {
        String names = String.join(", ", names(t));
        return "insert into " + t.table() + " (" + names + ") select " + names + " from jsonb_to_recordset(cast(cast("
                + parameter + " as text) as jsonb)) as r(" + t.columns() + ")";
    }

    private static List<String> names(Rows t) {
        return Arrays.stream(t.columns().split(",")).map(c -> c.trim().split(" ")[0]).toList();
    }

    static String json(Rows t) {
        List<String> names = names(t);
        ArrayNode json = JSON.createArrayNode();
        for (List<Object> r : t.rows()) {
            ObjectNode row = json.addObject();
            for (int i = 0; i < names.size(); i++) {
                row.set(names.get(i), node(r.get(i)));
            }
        }
        return json.toString();
    }

    /**
     * A cell's value as a JSON node: the kinds a delta row holds (text, whole numbers, amounts) made directly, the node
     * {@code valueToTree} makes for them (CellSqlTest), without its round trip through a token buffer for each value.
     */
    private static JsonNode node(Object value) {
        if (value instanceof String text) {
            return JSON.getNodeFactory().textNode(text);
        }
        if (value instanceof Long n) {
            return JSON.getNodeFactory().numberNode(n);
        }
        if (value instanceof Integer n) {
            return JSON.getNodeFactory().numberNode(n);
        }
        return JSON.valueToTree(value);
    }
}
