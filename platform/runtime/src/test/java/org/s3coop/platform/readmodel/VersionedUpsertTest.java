package org.s3coop.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class VersionedUpsertTest {
    @Test
    void theGatedPositionalFormInsertsItsRowOnlyUnderTheCondition() {
        assertThat(VersionedUpsert.positionalIf("known_partnership", "id", List.of("title"), "exists (select 1 from x)"))
                .isEqualTo("insert into known_partnership (id, title, version, updated_at) select $1, $2, $3, now() "
                        + "where exists (select 1 from x) on conflict (id) do update set title = excluded.title, "
                        + "version = excluded.version, updated_at = now() "
                        + "where known_partnership.version < excluded.version");
    }

    @Test
    void theColumnsAreNumberedAfterTheKeyAndTheVersionLast() {
        assertThat(VersionedUpsert.positionalIf("known_partnership", "id", List.of("title", "stage"), "true"))
                .isEqualTo("insert into known_partnership (id, title, stage, version, updated_at) select $1, $2, $3, "
                        + "$4, now() where true on conflict (id) do update set title = excluded.title, "
                        + "stage = excluded.stage, version = excluded.version, updated_at = now() "
                        + "where known_partnership.version < excluded.version");
    }

    @Test
    void anEventIsNewerThanNothingAndThanAnOlderVersionOnly() {
        assertThat(VersionedUpsert.isNewer(null, 1)).isTrue();
        assertThat(VersionedUpsert.isNewer(2L, 3)).isTrue();
        assertThat(VersionedUpsert.isNewer(3L, 3)).as("a replay").isFalse();
        assertThat(VersionedUpsert.isNewer(4L, 3)).as("a late event").isFalse();
    }
}
