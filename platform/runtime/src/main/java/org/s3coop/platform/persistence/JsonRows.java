package org.s3coop.platform.persistence;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The insert of any number of rows into one table from ONE parameter, a JSON array with one object per row whose
 * members are the columns ({@code jsonb_to_recordset}), in the array's order. Its SQL text does not depend on the
 * number of rows (parsed once), several such inserts fit in one statement, and each table's columns are named once,
 * where its {@code JsonRows} is declared.
 */
public final class JsonRows {
    private final String table;
    private final String columns;
    private final String typedColumns;

    private JsonRows(String table, String columns, String typedColumns) {
        this.table = table;
        this.columns = columns;
        this.typedColumns = typedColumns;
    }

    /** {@code typedColumns}: each column as {@code "name type"}, e.g. {@code "event_id uuid"}, {@code "payload text"}. */
    public static JsonRows of(String table, String... typedColumns) {
        String names = Arrays.stream(typedColumns).map(c -> c.trim().split("\\s+")[0]).collect(Collectors.joining(", "));
        return new JsonRows(table, names, Arrays.stream(typedColumns).map(String::trim).collect(Collectors.joining(", ")));
    }

    /** The insert of the rows given as the named parameter {@code :parameter} (a JSON array as text). */
    public String insert(String parameter) {
        return insertFrom(":" + parameter);
    }

    /**
     * The same insert with the rows as PostgreSQL's positional parameter {@code $position}, for a statement sent on the
     * transaction's connection ({@link SessionSql}) rather than as a native query of Hibernate.
     */
    public String insertAt(int position) {
        return insertFrom("$" + position);
    }

    private String insertFrom(String placeholder) {
        return "insert into " + table + " (" + columns + ") select " + columns
                + " from rows from (jsonb_to_recordset(cast(cast(" + placeholder + " as text) as jsonb)) as ("
                + typedColumns + ")) with ordinality as r order by ordinality";
    }
}
