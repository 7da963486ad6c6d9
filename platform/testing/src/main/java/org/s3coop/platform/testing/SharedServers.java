package org.s3coop.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.s3coop.platform.embedded.EmbeddedKafkaBroker;
import org.s3coop.platform.embedded.EmbeddedPostgresServer;
import org.s3coop.platform.embedded.FreePorts;

/**
 * The servers of one test JVM. This class is loaded by the JVM's system class loader (see
 * {@link SuiteInfrastructure}), not by a Quarkus application class loader: Quarkus closes its class loader when
 * a test restarts the application with another profile, and a broker whose classes came from a closed loader
 * fails. Its methods take and return JDK types only, as they are called across class loaders.
 */
public final class SharedServers {
    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaBroker kafka;

    private SharedServers() {
    }

    public static synchronized int postgresPort(String database) {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "embedded-postgres-stop"));
        }
        postgres.ensureDatabase(database);
        return postgres.port();
    }

    public static synchronized String kafkaBootstrap() {
        if (kafka == null) {
            deleteOldKafkaDirs();
            Path dir = Path.of("target", "embedded-kafka", UUID.randomUUID().toString());
            kafka = new EmbeddedKafkaBroker(dir, FreePorts.next()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "embedded-kafka-stop"));
        }
        return kafka.bootstrapServers();
    }

    public static synchronized void stopKafka() {
        kafka.stop();
    }

    public static synchronized void startKafka() {
        kafka.start();
    }

    private static void deleteOldKafkaDirs() {
        Path root = Path.of("target", "embedded-kafka");
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
