package org.s3coop.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts, once per test JVM, a real PostgreSQL (embedded binaries) and a real Kafka broker (KRaft, in this JVM),
 * and points the service under test at them. Init arg {@code database} names the service's database.
 * Register it with {@code @QuarkusTestResource(value = SuiteInfrastructure.class, restrictToAnnotatedClass = false)}.
 */
public class SuiteInfrastructure implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaBroker kafka;

    private String database = "s3coop";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.startTemporary();
        }
        return postgres;
    }

    public static synchronized EmbeddedKafkaBroker kafka() {
        if (kafka == null) {
            Path dir = Path.of("target", "embedded-kafka", UUID.randomUUID().toString());
            kafka = new EmbeddedKafkaBroker(dir, FreePorts.next()).start();
        }
        return kafka;
    }

    @Override
    public Map<String, String> start() {
        deleteOldKafkaDirs();
        EmbeddedPostgresServer pg = postgres().ensureDatabase(database);
        EmbeddedKafkaBroker broker = kafka();
        return Map.of(
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", "",
                "quarkus.datasource.jdbc.url", pg.jdbcUrl(database),
                "quarkus.datasource.reactive.url", pg.reactiveUrl(database),
                "kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public synchronized void stop() {
        // The JVM ends after the tests; the broker and the database go with it (shutdown hooks).
    }

    private static void deleteOldKafkaDirs() {
        Path root = Path.of("target", "embedded-kafka");
        if (kafka != null || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
