package org.s3coop.local;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.s3coop.platform.embedded.EmbeddedKafkaBroker;
import org.s3coop.platform.embedded.EmbeddedPostgresServer;

/** Steps 2 and 3: PostgreSQL and Kafka, embedded (persistent, under .s3coop-local) or external. */
final class Infrastructure {
    private final Settings settings;
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private volatile String jdbcBase;
    private volatile String bootstrap;
    /** Held while PostgreSQL (Kafka) starts or stops, so that a Ctrl-C during start-up leaves nothing running. */
    private final Object pgLock = new Object();
    private final Object kafkaLock = new Object();
    private volatile boolean stopped;

    Infrastructure(Settings settings) {
        this.settings = settings;
    }

    void startPostgres(List<String> databases) throws Exception {
        synchronized (pgLock) {
            if (!stopped) {
                doStartPostgres(databases);
            }
        }
    }

    private void doStartPostgres(List<String> databases) throws Exception {
        long t0 = System.nanoTime();
        if (settings.pgJdbcBase.isPresent()) {
            jdbcBase = withTrailingSlash(settings.pgJdbcBase.get());
            Console.step("PostgreSQL: using the external server %s (user %s)", jdbcBase, settings.pgUser);
            ensureExternalDatabases(databases);
            return;
        }
        Files.createDirectories(settings.pgDataDir());
        boolean fresh = !Files.exists(settings.pgDataDir().resolve("postgresql.conf"));
        Console.step("PostgreSQL: starting the embedded server on localhost:%d (%s %s)", settings.pgPort.port(),
                fresh ? "new data directory" : "data kept in", settings.pgDataDir());
        Set<Thread> before = ShutdownHooks.snapshot();
        postgres = EmbeddedPostgresServer.startPersistent(settings.pgDataDir(), settings.pgPort.port());
        // io.zonky registers its own hook that stops the server at once; we stop it ourselves, after the services.
        ShutdownHooks.removeAddedSince(before, "postgres-");
        for (String db : databases) {
            postgres.ensureDatabase(db);
        }
        jdbcBase = "jdbc:postgresql://localhost:" + postgres.port() + "/";
        Console.step("PostgreSQL: ready in %s, databases %s", Console.seconds(System.nanoTime() - t0), databases);
    }

    void startKafka() {
        synchronized (kafkaLock) {
            if (!stopped) {
                doStartKafka();
            }
        }
    }

    private void doStartKafka() {
        long t0 = System.nanoTime();
        if (settings.kafkaBootstrap.isPresent()) {
            bootstrap = settings.kafkaBootstrap.get();
            Console.step("Kafka: using the external bootstrap servers %s", bootstrap);
            return;
        }
        Console.step("Kafka: starting the embedded KRaft broker on localhost:%d (log dir %s)", settings.kafkaPort.port(),
                settings.kafkaDir());
        kafka = new EmbeddedKafkaBroker(settings.kafkaDir(), settings.kafkaPort.port()).start();
        bootstrap = kafka.bootstrapServers();
        Console.step("Kafka: ready in %s", Console.seconds(System.nanoTime() - t0));
    }

    /** JDBC URL of a database, keeping any query string of S3COOP_PG_JDBC_BASE. */
    String jdbcUrl(String database) {
        int q = jdbcBase.indexOf('?');
        return q < 0 ? jdbcBase + database : jdbcBase.substring(0, q) + database + jdbcBase.substring(q);
    }

    /** The same, as the reactive (Vert.x) client wants it: no {@code jdbc:} prefix. */
    String reactiveUrl(String database) {
        return jdbcUrl(database).substring("jdbc:".length());
    }

    String user() {
        return settings.pgJdbcBase.isPresent() ? settings.pgUser : EmbeddedPostgresServer.USER;
    }

    String password() {
        return settings.pgJdbcBase.isPresent() ? settings.pgPassword : "";
    }

    String kafkaBootstrap() {
        return bootstrap;
    }

    /** Stops the embedded broker, then the embedded PostgreSQL; external ones are left alone. */
    void stop() {
        synchronized (kafkaLock) {
            synchronized (pgLock) {
                stopped = true;
            }
            stopKafka();
        }
        synchronized (pgLock) {
            stopPostgres();
        }
    }

    /** At most this long for the broker's controlled shutdown; the JVM's exit ends what is left of it. */
    private static final Duration KAFKA_STOP_TIMEOUT = Duration.ofSeconds(2);

    private void stopKafka() {
        if (kafka != null) {
            long t0 = System.nanoTime();
            EmbeddedKafkaBroker broker = kafka;
            CompletableFuture<Void> stop = CompletableFuture.runAsync(broker::stop);
            try {
                stop.get(KAFKA_STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                Console.step("Kafka: stopped in %s", Console.seconds(System.nanoTime() - t0));
            } catch (TimeoutException e) {
                Console.warn("Kafka: not stopped after %s; it ends with the launcher", Console.seconds(System.nanoTime() - t0));
            } catch (ExecutionException e) {
                Console.warn("Kafka: stopping failed: %s", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kafka = null;
        }
    }

    private void stopPostgres() {
        if (postgres != null) {
            long t0 = System.nanoTime();
            try {
                postgres.close();
                Console.step("PostgreSQL: stopped in %s", Console.seconds(System.nanoTime() - t0));
            } catch (RuntimeException e) {
                Console.warn("PostgreSQL: stopping failed: %s", e);
            }
            postgres = null;
        }
    }

    private void ensureExternalDatabases(List<String> databases) {
        String adminUrl = jdbcUrl("postgres");
        try (Connection c = DriverManager.getConnection(adminUrl, settings.pgUser, settings.pgPassword)) {
            for (String db : databases) {
                boolean exists;
                try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    ps.setString(1, db);
                    try (ResultSet rs = ps.executeQuery()) {
                        exists = rs.next();
                    }
                }
                if (!exists) {
                    try (Statement st = c.createStatement()) {
                        st.execute("create database \"" + db.replace("\"", "") + "\"");
                    }
                    Console.step("PostgreSQL: created database %s", db);
                }
            }
            Console.step("PostgreSQL: databases %s are there", databases);
        } catch (SQLException e) {
            Console.warn("PostgreSQL: could not check or create the databases through %s (%s); "
                    + "make sure %s exist and %s may use them", adminUrl, e.getMessage(), databases, settings.pgUser);
        }
    }

    private static String withTrailingSlash(String base) {
        int q = base.indexOf('?');
        String path = q < 0 ? base : base.substring(0, q);
        String query = q < 0 ? "" : base.substring(q);
        return (path.endsWith("/") ? path : path + "/") + query;
    }
}
