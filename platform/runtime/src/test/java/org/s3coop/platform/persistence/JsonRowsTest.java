package org.s3coop.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonRowsTest {
    @Test
    void namesEachColumnOnceAndReadsTheRowsInTheArraysOrder() {
        JsonRows rows = JsonRows.of("audit_entry", "actor text", " at  timestamptz", "changes jsonb");

        assertThat(rows.insert("audit")).isEqualTo("insert into audit_entry (actor, at, changes) select actor, at, changes"
                + " from rows from (jsonb_to_recordset(cast(cast(:audit as text) as jsonb)) as (actor text, at  timestamptz,"
                + " changes jsonb)) with ordinality as r order by ordinality");
    }

    @Test
    void thePositionalFormDiffersOnlyInItsPlaceholder() {
        JsonRows rows = JsonRows.of("audit_entry", "actor text", "changes jsonb");

        assertThat(rows.insertAt(2)).isEqualTo(rows.insert("audit").replace(":audit", "$2")).contains("cast(cast($2 as text)");
    }
}
