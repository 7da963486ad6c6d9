package org.s3coop.platform.readmodel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The "apply if newer" idiom of a read model kept in one row per aggregate, as one SQL statement: insert the row, or
 * replace it only when the event's {@code version} is newer than the stored one, so a late or replayed event never
 * undoes a newer one. Positional parameters: {@code $1} the key, {@code $2}.. the columns in their order, then the
 * version. It is a read model's part of {@link ReadModelStatement}, gated by the event's first delivery; the CTE
 * that wraps it counts the rows it changed (0: the event was stale).
 */
public final class VersionedUpsert {
    private VersionedUpsert() {
    }

    /**
     * @param table     the read-model table; it has a {@code version bigint} and an {@code updated_at} column
     * @param key       the aggregate's id column
     * @param columns   the other columns the event sets
     * @param condition the SQL condition under which the row is inserted or replaced at all
     */
    public static String positionalIf(String table, String key, List<String> columns, String condition) {
        String names = String.join(", ", columns);
        String params = columns.stream().map(c -> "$" + (columns.indexOf(c) + 2)).collect(Collectors.joining(", "));
        String updates = columns.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        return "insert into " + table + " (" + key + ", " + names + ", version, updated_at) select $1, " + params
                + ", $" + (columns.size() + 2) + ", now() where " + condition + " on conflict (" + key
                + ") do update set " + updates + ", version = excluded.version, updated_at = now() where " + table
                + ".version < excluded.version";
    }

    /** Whether an event of {@code incoming} version is newer than what is stored ({@code null}: nothing yet). */
    public static boolean isNewer(Long stored, long incoming) {
        return stored == null || stored < incoming;
    }
}
