package org.s3coop.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.s3coop.platform.embedded.EmbeddedKafkaBroker;
import org.s3coop.platform.embedded.EmbeddedPostgresServer;
import org.s3coop.platform.embedded.FreePorts;
import org.s3coop.platform.testing.TestTokens;

/**
 * The whole suite for system tests, started once per test JVM: one embedded PostgreSQL with the three databases,
 * one KRaft broker, and the three services as child processes from their packaged fast-jars
 * ({@code <service>/target/quarkus-app/quarkus-run.jar}), each configured the way ops would: environment
 * variables only. Logs go to {@code system-tests/target/services/<service>.log}.
 *
 * <p>Tracing is on as ops would switch it on, with one difference: only traces a test starts (a request with a sampled
 * {@code traceparent}) are sampled, and spans go to {@link OtlpReceiver} in this JVM. A graceful stop reports
 * unready for {@link #SHUTDOWN_DELAY} before the service stops taking requests, as on Kubernetes.
 */
public final class Suite implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {
    public record Service(String name, String database, int port, Process process) {
        public String url() {
            return "http://localhost:" + port;
        }
    }

    /** quarkus.shutdown.delay: readiness DOWN, requests still served (a load balancer's time to notice). */
    public static final Duration SHUTDOWN_DELAY = Duration.ofSeconds(2);

    private static Suite instance;

    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private OtlpReceiver traces;
    private final List<Service> services = new ArrayList<>();
    /** Fault injection (system-tests' faults package): what a service was started with, to start it again alike. */
    private final Map<String, ProcessBuilder> launchers = new java.util.concurrent.ConcurrentHashMap<>();
    private Path postgresData;
    private int postgresPort;

    public static Service region() {
        return instance.services.get(0);
    }

    public static Service partnership() {
        return instance.services.get(1);
    }

    public static Service challenge() {
        return instance.services.get(2);
    }

    public static String kafkaBootstrap() {
        return instance.kafka.bootstrapServers();
    }

    /** The spans the services exported (sampled traces only). */
    public static OtlpReceiver traces() {
        return instance.traces;
    }

    /** The database password the services are given (LogSecretsIT checks it never reaches a log). */
    public static final String DB_PASSWORD = "pw-" + java.util.UUID.randomUUID();

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (instance != null) {
            return;
        }
        Path root = Path.of(System.getProperty("s3coop.root", "..")).toAbsolutePath().normalize();
        Path work = root.resolve("system-tests/target/services");
        Files.createDirectories(work);
        // A kept data directory on a fixed port, so a fault test can stop PostgreSQL and start it again with its data.
        postgresData = work.resolve("postgres-" + System.nanoTime());
        postgresPort = FreePorts.next();
        postgres = EmbeddedPostgresServer.startPersistent(postgresData, postgresPort);
        // The services get a real, non-empty password (LogSecretsIT looks for it in their logs).
        try (var c = java.sql.DriverManager.getConnection(postgres.jdbcUrl("postgres"), EmbeddedPostgresServer.USER, "");
                var st = c.createStatement()) {
            st.execute("alter user " + EmbeddedPostgresServer.USER + " password '" + DB_PASSWORD + "'");
        }
        kafka = new EmbeddedKafkaBroker(work.resolve("kafka-" + System.nanoTime()), FreePorts.next()).start();
        traces = new OtlpReceiver(FreePorts.next());
        Path publicKey = work.resolve("publicKey.pem");
        try (InputStream in = Suite.class.getClassLoader().getResourceAsStream("test-keys/publicKey.pem")) {
            Files.copy(in, publicKey, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        // All ports first: region-service's dashboard is told where the other two are, and they allow its origin (CORS).
        int regionPort = FreePorts.next();
        int partnershipPort = FreePorts.next();
        int challengePort = FreePorts.next();
        String dashboardOrigin = "http://localhost:" + regionPort;
        services.add(start(root, work, "region-service", "region", regionPort, publicKey, Map.ofEntries(
                Map.entry("S3COOP_DASHBOARD_PARTNERSHIP_URL", "http://localhost:" + partnershipPort),
                Map.entry("S3COOP_DASHBOARD_CHALLENGE_URL", "http://localhost:" + challengePort),
                // webhooks to receivers inside the tests (http on 127.0.0.1), with short waits between attempts
                Map.entry("S3COOP_WEBHOOKS_ALLOW_HTTP", "true"),
                Map.entry("S3COOP_WEBHOOKS_ALLOWED_NETWORKS", "127.0.0.1/32"),
                Map.entry("S3COOP_WEBHOOKS_RETRY_FIRST", "200ms"),
                Map.entry("S3COOP_WEBHOOKS_RETRY_MAX", "2s"),
                Map.entry("S3COOP_WEBHOOKS_DELIVERY_TIMEOUT", "3s"),
                Map.entry("S3COOP_WEBHOOKS_MAX_PER_SECOND", "200"))));
        services.add(start(root, work, "partnership-service", "partnership", partnershipPort, publicKey,
                Map.of("S3COOP_CORS_ORIGINS", dashboardOrigin)));
        services.add(start(root, work, "challenge-service", "challenge", challengePort, publicKey,
                Map.of("S3COOP_CORS_ORIGINS", dashboardOrigin)));
        instance = this;
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Suite.class.getName(), this);
        for (Service service : services) {
            awaitReady(service, Duration.ofSeconds(120));
        }
    }

    /** Waits until the service answers its readiness probe with 200 (fails at once if its process died). */
    public static void awaitReady(Service service, Duration atMost) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Awaitility.await("ready: " + service.name()).atMost(atMost).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!service.process().isAlive()) {
                        throw new IllegalStateException(service.name() + " died; see target/services/" + service.name() + ".log");
                    }
                    try {
                        return http.send(HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(5)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    public static synchronized List<Service> services() {
        return List.copyOf(instance.services);
    }

    /** kill -9: the service's process ends at once, without its shutdown hooks (no offsets committed, no pool closed). */
    public static void kill(Service service) throws InterruptedException {
        Process p = processOf(service);
        p.destroyForcibly();
        if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException(service.name() + " survived kill -9");
        }
    }

    /**
     * A graceful stop (SIGTERM), as Kubernetes stops a pod: readiness DOWN for {@link #SHUTDOWN_DELAY}, then requests in
     * flight finish, consumers commit, the outbox relay finishes its round. Waits until the process is gone.
     */
    public static void stop(Service service, Duration within) throws InterruptedException {
        Process p = processOf(service);
        p.destroy();
        if (!p.waitFor(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(service.name() + " did not stop within " + within + " after SIGTERM");
        }
    }

    /**
     * Starts a (killed or stopped) service again on the same port with the same environment; waits until it is ready
     * (without holding the suite's lock: several services may start at once).
     */
    public static Service restart(Service service, Duration readyWithin) throws IOException {
        Service started;
        synchronized (Suite.class) {
            int i = indexOf(service.name());
            Service old = instance.services.get(i);
            if (old.process().isAlive()) {
                throw new IllegalStateException(service.name() + " is still running; kill it first");
            }
            started = new Service(old.name(), old.database(), old.port(), instance.launchers.get(old.name()).start());
            instance.services.set(i, started);
        }
        awaitReady(started, readyWithin);
        return started;
    }

    private static synchronized Process processOf(Service service) {
        return instance.services.get(indexOf(service.name())).process();
    }

    private static int indexOf(String name) {
        for (int i = 0; i < instance.services.size(); i++) {
            if (instance.services.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /**
     * Starts one more instance of a service's jar with the same environment plus {@code overrides} (e.g. another
     * port, a database address that does not answer); its log is {@code target/services/<logName>.log} (appended to
     * when the instance is started again). The caller stops it.
     */
    public static Process startVariant(Service service, String logName, Map<String, String> overrides) throws IOException {
        ProcessBuilder original = instance.launchers.get(service.name());
        Path log = Path.of(System.getProperty("s3coop.root", "..")).toAbsolutePath().normalize()
                .resolve("system-tests/target/services/" + logName + ".log");
        ProcessBuilder variant = new ProcessBuilder(original.command()).directory(original.directory())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        variant.environment().clear();
        variant.environment().putAll(original.environment());
        variant.environment().putAll(overrides);
        return variant.start();
    }

    /** The service's own database, as the service sees it (for checks no API shows: outbox, processed events). */
    public static java.sql.Connection jdbc(Service service) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(instance.postgres.jdbcUrl(service.database()), EmbeddedPostgresServer.USER,
                DB_PASSWORD);
    }

    public static synchronized void stopKafka() {
        instance.kafka.stop();
    }

    public static synchronized void startKafka() {
        instance.kafka.start();
    }

    /** Stops PostgreSQL (fast shutdown: open connections are ended); its data directory and port are kept. */
    public static synchronized void stopPostgres() {
        if (instance.postgres != null) {
            instance.postgres.close();
            instance.postgres = null;
        }
    }

    /** Starts PostgreSQL again on the same port with the same data (no-op when it runs). */
    public static synchronized void startPostgres() {
        if (instance.postgres == null) {
            instance.postgres = EmbeddedPostgresServer.startPersistent(instance.postgresData, instance.postgresPort);
        }
    }

    /**
     * Brings the suite back to health after a fault test, whatever state it left: PostgreSQL and Kafka running,
     * every service process alive (restarted if not) and ready.
     */
    public static synchronized void heal(Duration readyWithin) throws IOException {
        startPostgres();
        startKafka();
        for (Service s : services()) {
            Service running = s.process().isAlive() ? s : restart(s, readyWithin);
            awaitReady(running, readyWithin);
        }
    }

    private Service start(Path root, Path work, String name, String database, int port, Path publicKey,
            Map<String, String> extraEnv) throws IOException {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify builds them)");
        }
        postgres.ensureDatabase(database);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        pb.environment().putAll(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "S3COOP_DB_URL", postgres.reactiveUrl(database),
                "S3COOP_DB_JDBC_URL", postgres.jdbcUrl(database),
                "S3COOP_DB_USER", EmbeddedPostgresServer.USER,
                "S3COOP_DB_PASSWORD", DB_PASSWORD,
                "S3COOP_KAFKA_BOOTSTRAP", kafka.bootstrapServers(),
                "S3COOP_JWT_PUBLIC_KEY", publicKey.toString(),
                "S3COOP_JWT_ISSUER", TestTokens.ISSUER,
                "S3COOP_OUTBOX_SWEEP_INTERVAL", "500ms",
                "KAFKA_METADATA_MAX_AGE_MS", "1000"));
        pb.environment().putAll(Map.of(
                "QUARKUS_SHUTDOWN_DELAY", SHUTDOWN_DELAY.toMillis() + "ms",
                "QUARKUS_OTEL_SDK_DISABLED", "false",
                "QUARKUS_OTEL_TRACES_SAMPLER_ARG", "0",
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms"));
        pb.environment().putAll(extraEnv);
        Service service = new Service(name, database, port, pb.start());
        // a restart appends to the same log
        launchers.put(name, pb.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile())));
        return service;
    }

    @Override
    public void close() {
        for (Service s : services) {
            s.process().destroy();
        }
        for (Service s : services) {
            try {
                if (!s.process().waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    s.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                s.process().destroyForcibly();
            }
        }
        kafka.stop();
        if (postgres != null) {
            postgres.close();
        }
        traces.close();
    }
}
