package org.s3coop.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class VersionedUpsertTest {
    @Test
    void insertsOrReplacesOnlyWithANewerVersion() {
        assertThat(VersionedUpsert.sql("known_region", "code", List.of("name", "retired"))).isEqualTo(
                "insert into known_region (code, name, retired, version, updated_at) values (:code, :name, :retired, "
                        + ":version, now()) on conflict (code) do update set name = excluded.name, "
                        + "retired = excluded.retired, version = excluded.version, updated_at = now() "
                        + "where known_region.version < excluded.version");
    }

    @Test
    void anEventIsNewerThanNothingAndThanAnOlderVersionOnly() {
        assertThat(VersionedUpsert.isNewer(null, 1)).isTrue();
        assertThat(VersionedUpsert.isNewer(2L, 3)).isTrue();
        assertThat(VersionedUpsert.isNewer(3L, 3)).as("a replay").isFalse();
        assertThat(VersionedUpsert.isNewer(4L, 3)).as("a late event").isFalse();
    }
}
