package org.s3coop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StaleStateTest {
    static final Settings SETTINGS = Settings.of(Map.of(), Path.of("/repo"));
    static final Settings.ServiceSpec REGION = SETTINGS.services.get(0);

    @Test
    void aFlywayChecksumMismatchIsToldWithTheWayOut() {
        String log = """
                2026-12-01 14:36:40,001 ERROR [io.quarkus.runtime.Application] (main) Failed to start application
                java.lang.RuntimeException: Failed to start quarkus
                \tat io.quarkus.runner.ApplicationImpl.doStart(Unknown Source)
                Caused by: org.flywaydb.core.api.exception.FlywayValidateException: Validate failed: Migrations have failed validation
                Migration checksum mismatch for migration version 0.1
                -> Applied to database : -1647216192
                -> Resolved locally    : -1647216193
                """;
        assertThat(StaleState.serviceDatabase(SETTINGS, REGION, log)).hasValueSatisfying(message -> assertThat(message)
                .startsWith("region-service cannot use its database 'region' in /repo/.s3coop-local/pgdata: it was "
                        + "migrated by another version of s3coop")
                .contains("(Flyway: Migration checksum mismatch for migration version 0.1)")
                .contains("deploy/local/run.sh --reset").contains("/repo/.s3coop-local")
                .doesNotContain("\tat ").doesNotContain("Exception"));
    }

    @Test
    void anExternalDatabaseIsNotResetButDropped() {
        Settings external = Settings.of(Map.of("S3COOP_PG_JDBC_BASE", "jdbc:postgresql://db:5432/"), Path.of("/repo"));
        String log = "org.flywaydb.core.api.exception.FlywayValidateException: Validate failed: Detected applied "
                + "migration not resolved locally: 7.";
        assertThat(StaleState.serviceDatabase(external, external.services.get(0), log)).hasValueSatisfying(message ->
                assertThat(message).contains("database 'region' of jdbc:postgresql://db:5432/")
                        .contains("Detected applied migration not resolved locally: 7.")
                        .contains("drop database region").doesNotContain("--reset"));
    }

    @Test
    void otherStartFailuresAreNotBlamedOnOldData() {
        assertThat(StaleState.serviceDatabase(SETTINGS, REGION, "java.net.BindException: Address already in use")).isEmpty();
        assertThat(StaleState.infrastructure(SETTINGS, "", false, false, new IllegalStateException("boom"))).isEmpty();
    }

    @Test
    void aPostgresDataDirectoryOfAnotherMajorVersionIsTold() {
        String infraLog = "FATAL:  database files are incompatible with server\nDETAIL:  The data directory was "
                + "initialized by PostgreSQL version 16, which is not compatible with this version 14.22.\n";
        assertThat(StaleState.infrastructure(SETTINGS, infraLog, true, true, new IllegalStateException("pg_ctl failed")))
                .hasValueSatisfying(m -> assertThat(m).startsWith("PostgreSQL cannot use /repo/.s3coop-local/pgdata: "
                        + "The data directory was initialized by PostgreSQL version 16, which is not compatible with "
                        + "this version 14.22.").contains("deploy/local/run.sh --reset"));
    }

    @Test
    void aKafkaLogDirectoryKeptFromAnEarlierRunIsNamed() {
        assertThat(StaleState.infrastructure(SETTINGS, "", true, true,
                new RuntimeException("org.apache.kafka.common.KafkaException: Invalid cluster.id in meta.properties")))
                .hasValueSatisfying(m -> assertThat(m).contains("Kafka did not start on the log directory "
                        + "/repo/.s3coop-local/kafka kept from an earlier run").contains("--reset"));
    }
}
