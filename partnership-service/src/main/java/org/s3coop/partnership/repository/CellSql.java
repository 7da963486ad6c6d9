package org.s3coop.partnership.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** What the portfolio's aggregate repositories share: their from-scratch SQL, batched inserts and filters. */
final class CellSql {
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

    /** {@code insert into table (columns) values (?, ...), ...}: one statement, {@code rows} of one value per column. */
    static Uni<Void> insert(String table, String columns, List<List<Object>> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        StringJoiner values = new StringJoiner(", ");
        String row = "(" + "?, ".repeat(rows.get(0).size() - 1) + "?)";
        rows.forEach(r -> values.add(row));
        String sql = "insert into " + table + " (" + columns + ") values " + values;
        return Panache.getSession().chain(s -> {
            var q = s.createNativeQuery(sql);
            int i = 1;
            for (List<Object> r : rows) {
                for (Object v : r) {
                    q.setParameter(i++, v);
                }
            }
            return q.executeUpdate();
        }).replaceWithVoid();
    }
}
