package org.s3coop.platform.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;
import org.hibernate.reactive.pool.ReactiveConnection;
import org.hibernate.reactive.session.ReactiveConnectionSupplier;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A statement of a hot path on the current session's own connection (so inside its transaction, after its row lock),
 * with PostgreSQL's {@code $n} parameters, off Hibernate's query API: a native query through Hibernate parses its
 * named parameters and flushes the session first on every execution, and Hibernate Reactive caches no plan of a
 * native {@code select} (each execution adds a new entry under the same hash to its bounded query plan cache, so every
 * lookup compares the statement with thousands of copies of itself and the cache evicts the HQL plans;
 * docs/performance.md, "Issue 18, stop 24" and "stop 26: the event consumers"). Nothing joins the persistence context,
 * and nothing is flushed first: a caller that reads what the transaction changed through entities flushes before
 * (partnership-service's {@code GateReads}). Arrays are bound as such ({@code = any($1)}, {@code unnest($1::text[])}
 * with a {@code String[]}), so the text is the same whatever their length.
 */
public final class SessionSql {
    private SessionSql() {
    }

    /** The rows of {@code sql} with {@code params} ($1, $2, ...), each as its columns' values. */
    public static Uni<List<Object[]>> select(String sql, Object... params) {
        return Panache.getSession().chain(s -> Uni.createFrom().completionStage(() -> connection(s).select(sql, params)))
                .map(result -> {
                    List<Object[]> rows = new ArrayList<>(result.size());
                    result.forEachRemaining(rows::add);
                    return rows;
                });
    }

    /** Runs the statement {@code sql} with {@code params}; answers the number of rows it changed. */
    public static Uni<Integer> update(String sql, Object... params) {
        return Panache.getSession().chain(s -> Uni.createFrom().completionStage(() -> connection(s).update(sql, params)));
    }

    /**
     * The first row of {@code sql} with {@code params}, its columns read by name (the values the reactive client
     * gives: {@code UUID}, {@code OffsetDateTime}, ...); null when there is none.
     */
    public static Uni<Function<String, Object>> first(String sql, Object... params) {
        return Panache.getSession().chain(s -> Uni.createFrom().completionStage(() -> connection(s).selectJdbc(sql, params)))
                .map(rows -> {
                    try {
                        return rows.next() ? column -> value(rows, column) : null;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static Object value(ResultSet row, String column) {
        try {
            return row.getObject(column);
        } catch (SQLException e) {
            throw new IllegalArgumentException("no column " + column, e);
        }
    }

    private static ReactiveConnection connection(Mutiny.Session session) {
        return ((MutinySessionImpl) session).unwrap(ReactiveConnectionSupplier.class).getReactiveConnection();
    }
}
