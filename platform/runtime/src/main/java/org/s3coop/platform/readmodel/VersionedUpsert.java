package org.s3coop.platform.readmodel;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The "apply if newer" idiom of a read model kept in one row per aggregate, as one SQL statement: insert the row, or
 * replace it only when the event's {@code version} is newer than the stored one, so a late or replayed event never
 * undoes a newer one. Parameters are named after the columns ({@code :code}, {@code :version}); the statement
 * reports 1 row when it changed something and 0 when the event was stale.
 */
public final class VersionedUpsert {
    private VersionedUpsert() {
    }

    /**
     * @param table   the read-model table; it has a {@code version bigint} and an {@code updated_at} column
     * @param key     the aggregate's id column
     * @param columns the other columns the event sets
     */
    public static String sql(String table, String key, List<String> columns) {
        return statement(table, key, columns, name -> ":" + name, ":version");
    }

    /**
     * {@link #sql} with PostgreSQL's positional parameters, for a statement on the connection
     * ({@code org.s3coop.platform.persistence.SessionSql}): {@code $1} the key, {@code $2}.. the columns in their
     * order, then the version.
     */
    public static String positional(String table, String key, List<String> columns) {
        return statement(table, key, columns, name -> name.equals(key) ? "$1" : "$" + (columns.indexOf(name) + 2),
                "$" + (columns.size() + 2));
    }

    /**
     * {@link #positional}, inserting or replacing the row only when {@code condition} (an SQL condition) holds: a
     * read model's part of {@link ReadModelStatement}, gated by the event's first delivery.
     */
    public static String positionalIf(String table, String key, List<String> columns, String condition) {
        return statement(table, key, columns, name -> name.equals(key) ? "$1" : "$" + (columns.indexOf(name) + 2),
                "$" + (columns.size() + 2), condition);
    }

    private static String statement(String table, String key, List<String> columns, UnaryOperator<String> value,
            String version) {
        return statement(table, key, columns, value, version, null);
    }

    /**
     * The statement with each column's value written by {@code value} (the key's too), the version's as given; its
     * row only where {@code condition} holds (null: always).
     */
    private static String statement(String table, String key, List<String> columns, UnaryOperator<String> value,
            String version, String condition) {
        String names = String.join(", ", columns);
        String params = columns.stream().map(value).collect(Collectors.joining(", "));
        String updates = columns.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        String row = value.apply(key) + ", " + params + ", " + version + ", now()";
        return "insert into " + table + " (" + key + ", " + names + ", version, updated_at) "
                + (condition == null ? "values (" + row + ")" : "select " + row + " where " + condition)
                + " on conflict (" + key + ") do update set " + updates
                + ", version = excluded.version, updated_at = now() where " + table + ".version < excluded.version";
    }

    /** Whether an event of {@code incoming} version is newer than what is stored ({@code null}: nothing yet). */
    public static boolean isNewer(Long stored, long incoming) {
        return stored == null || stored < incoming;
    }
}
