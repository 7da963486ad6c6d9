package org.s3coop.platform.readmodel;

import java.util.List;
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
        String names = String.join(", ", columns);
        String params = columns.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        String updates = columns.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        return "insert into " + table + " (" + key + ", " + names + ", version, updated_at) values (:" + key + ", "
                + params + ", :version, now()) on conflict (" + key + ") do update set " + updates
                + ", version = excluded.version, updated_at = now() where " + table + ".version < excluded.version";
    }

    /**
     * {@link #sql} with PostgreSQL's positional parameters, for a statement on the connection
     * ({@code org.s3coop.platform.persistence.SessionSql}): {@code $1} the key, {@code $2}.. the columns in their
     * order, then the version.
     */
    public static String positional(String table, String key, List<String> columns) {
        String sql = sql(table, key, columns).replace(":" + key + ",", "$1,");
        for (int i = 0; i < columns.size(); i++) {
            sql = sql.replace(":" + columns.get(i) + ",", "$" + (i + 2) + ",");
        }
        return sql.replace(":version,", "$" + (columns.size() + 2) + ",");
    }

    /** Whether an event of {@code incoming} version is newer than what is stored ({@code null}: nothing yet). */
    public static boolean isNewer(Long stored, long incoming) {
        return stored == null || stored < incoming;
    }
}
