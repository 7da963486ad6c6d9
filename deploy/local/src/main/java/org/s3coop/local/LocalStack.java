package org.s3coop.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one-command local stack: PostgreSQL, Kafka, JWT keys, the three services as child processes, demo data.
 * Ctrl-C stops all of it. Started by {@code deploy/local/run.sh}; README.md describes the environment variables.
 */
public final class LocalStack {
    static final int EXIT_FAILED = 1;
    static final int EXIT_PORT_TAKEN = 2;
    /**
     * How long the services get to stop after SIGTERM before they are killed: with Kafka and PostgreSQL after them,
     * the whole stack is gone within 10 s of Ctrl-C or SIGTERM (LauncherSignalsIT measures it).
     */
    static final Duration SERVICES_STOP_TIMEOUT = Duration.ofSeconds(7);

    private final Settings settings;
    private final boolean reset;
    private final Infrastructure infra;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private boolean stopping;

    private LocalStack(Settings settings, boolean reset) {
        this.settings = settings;
        this.reset = reset;
        this.infra = new Infrastructure(settings);
    }

    public static void main(String[] args) throws Exception {
        boolean reset = false;
        for (String arg : args) {
            if (arg.equals("--reset")) {
                reset = true;
            } else {
                Console.plain("Usage: deploy/local/run.sh [--build] [--reset]   (see deploy/local/README.md)");
                if (!arg.equals("-h") && !arg.equals("--help")) {
                    System.exit(EXIT_FAILED);
                }
                return;
            }
        }
        Settings settings;
        try {
            settings = Settings.fromEnvironment();
        } catch (IllegalArgumentException | IllegalStateException e) {
            Console.plain("s3coop local stack: " + e.getMessage());
            System.exit(EXIT_FAILED);
            return;
        }
        int status = new LocalStack(settings, reset).run();
        if (status != 0) {
            System.exit(status);
        }
    }

    private int run() throws Exception {
        Console.step("s3coop local stack in %s", settings.repoRoot);

        // 1. ports
        List<Settings.PortSetting> taken = PortCheck.taken(settings.portsToListenOn());
        if (!taken.isEmpty()) {
            for (Settings.PortSetting p : taken) {
                Console.plain(String.format("Port %d (%s) is already in use. Stop what uses it, or choose another "
                        + "port with %s=<port>.", p.port(), p.what(), p.envVar()));
            }
            RunFiles.describeLeftovers(settings).forEach(Console::plain);
            return EXIT_PORT_TAKEN;
        }
        var other = RunFiles.otherLauncher(settings);
        if (other.isPresent()) {
            Console.plain("Another s3coop local stack (pid " + other.get().pid() + ") uses " + settings.home
                    + " (PostgreSQL data, Kafka logs); stop it first.");
            return EXIT_PORT_TAKEN;
        }
        List<String> missing = settings.services.stream().map(settings::serviceJar).filter(j -> !Files.exists(j))
                .map(Path::toString).toList();
        if (!missing.isEmpty()) {
            Console.plain("Not built: " + String.join(", ", missing) + ". Run deploy/local/run.sh --build.");
            return EXIT_FAILED;
        }

        if (reset && Files.exists(settings.home)) {
            List<String> leftovers = RunFiles.describeLeftovers(settings);
            if (!leftovers.isEmpty()) {
                leftovers.forEach(Console::plain);
                Console.plain("Not deleting " + settings.home + " while these use it.");
                return EXIT_FAILED;
            }
            RunFiles.deleteRecursively(settings.home);
            Console.step("--reset: deleted %s (databases, Kafka log, keys, logs)", settings.home);
        }
        boolean pgDataExisted = Files.exists(settings.pgDataDir().resolve("PG_VERSION"));
        boolean kafkaDirExisted = Files.exists(settings.kafkaDir().resolve("meta.properties"));
        Files.createDirectories(settings.home);
        RunFiles.writeLauncherPid(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "s3coop-local-stop"));
        InfraLogging.toFile(settings.logsDir().resolve("infra.log"));

        // 2. + 3. PostgreSQL and Kafka, side by side
        List<String> databases = settings.services.stream().map(Settings.ServiceSpec::database).toList();
        CompletableFuture<Void> pg = CompletableFuture.runAsync(() -> unchecked(() -> infra.startPostgres(databases)));
        CompletableFuture<Void> kafka = CompletableFuture.runAsync(() -> unchecked(infra::startKafka));
        try {
            CompletableFuture.allOf(pg, kafka).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof StepFailed failed ? failed.getCause() : e.getCause();
            Path infraLog = settings.logsDir().resolve("infra.log");
            Console.plain(StaleState.infrastructure(settings, StaleState.tail(infraLog, 64 * 1024), pgDataExisted,
                    kafkaDirExisted, cause).orElse("Starting PostgreSQL/Kafka failed: " + cause));
            Console.plain("Details: " + infraLog);
            return EXIT_FAILED;
        }

        if (isStopping()) {
            return 0; // Ctrl-C during start-up: the shutdown hook stops what was started
        }

        // 4. keys and tokens
        JwtKeys keys = JwtKeys.loadOrGenerate(settings.keysDir());
        if (keys.replaced() != null) {
            Console.step("JWT: the key pair in %s could not be used (%s): kept it as *.stale and generated a new one",
                    settings.keysDir(), keys.replaced());
        } else {
            Console.step("JWT: %s key pair in %s", keys.generated() ? "generated a new" : "using the", settings.keysDir());
        }
        String adminToken = keys.admin();
        String editorToken = keys.editor("ES51");
        Files.createDirectories(settings.tokensDir());
        Files.writeString(settings.tokensDir().resolve("admin.jwt"), adminToken + "\n", StandardCharsets.US_ASCII);
        Files.writeString(settings.tokensDir().resolve("editor-ES51.jwt"), editorToken + "\n", StandardCharsets.US_ASCII);

        // 5. services
        long servicesStarted = System.nanoTime();
        if (!startServices(keys.publicKeyFile())) {
            return isStopping() ? 0 : EXIT_FAILED;
        }
        if (!awaitServicesReady()) {
            return isStopping() ? 0 : EXIT_FAILED;
        }
        Console.step("all services ready (%s after launch, %s after the services were started)",
                String.format(java.util.Locale.ROOT, "%.1f s", Console.secondsSinceStart()),
                Console.seconds(System.nanoTime() - servicesStarted));

        services.forEach(ServiceProcess::watch);

        // 6. demo data
        if (settings.demoData) {
            try {
                new DemoData(new ApiClient(http, json, adminToken), json, new DemoData.Endpoints(
                        serviceUri(0), serviceUri(1), serviceUri(2)), keys::editor).seed();
            } catch (IOException e) {
                Console.warn("demo data: %s", e);
            }
        }

        // 7. summary; on the first start of a build, the services' class-data archives are recorded meanwhile
        printSummary(adminToken, editorToken);
        CompletableFuture.runAsync(() -> services.forEach(this::recordClassData)); // one training start at a time

        new CountDownLatch(1).await(); // until Ctrl-C: the shutdown hook does the rest
        return 0;
    }

    private boolean startServices(Path publicKey) throws IOException {
        for (Settings.ServiceSpec spec : settings.services) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(spec.http().port()));
            env.put("QUARKUS_HTTP_HOST", settings.bindHost);
            env.put("S3COOP_DB_JDBC_URL", infra.jdbcUrl(spec.database()));
            env.put("S3COOP_DB_URL", infra.reactiveUrl(spec.database()));
            env.put("S3COOP_DB_USER", infra.user());
            env.put("S3COOP_DB_PASSWORD", infra.password());
            env.put("S3COOP_KAFKA_BOOTSTRAP", infra.kafkaBootstrap());
            env.put("S3COOP_JWT_PUBLIC_KEY", publicKey.toString());
            // The dashboard (region-service, /dashboard/) reads the other two services from the browser: tell it
            // where they are, and let them answer its origin (CORS).
            int regionPort = settings.services.get(0).http().port();
            if (spec.name().equals("region-service")) {
                env.put("S3COOP_DASHBOARD_PARTNERSHIP_URL", "http://localhost:" + settings.services.get(1).http().port());
                env.put("S3COOP_DASHBOARD_CHALLENGE_URL", "http://localhost:" + settings.services.get(2).http().port());
            } else {
                env.put("S3COOP_CORS_ORIGINS", "http://localhost:" + regionPort + ",http://127.0.0.1:" + regionPort);
            }
            ServiceProcess service = new ServiceProcess(spec, settings.serviceJar(spec),
                    settings.logsDir().resolve(spec.name() + ".log"), env, ClassDataArchive.of(settings, spec));
            synchronized (this) {
                if (stopping) {
                    return false;
                }
                service.start(settings.home);
                services.add(service);
            }
            Console.step("%s: started (pid %d), log %s", spec.name(), service.pid(), service.log());
        }
        RunFiles.writeServicePids(settings, services);
        return true;
    }

    private boolean awaitServicesReady() throws Exception {
        Duration timeout = Duration.ofSeconds(settings.readyTimeoutSeconds);
        List<CompletableFuture<ServiceProcess.Readiness>> waits = new ArrayList<>();
        for (ServiceProcess s : services) {
            waits.add(CompletableFuture.supplyAsync(() -> {
                try {
                    ServiceProcess.Readiness r = s.awaitReady(http, settings.bindHost, timeout);
                    if (r == ServiceProcess.Readiness.READY) {
                        Console.step("%s: ready on http://localhost:%d in %s%s", s.name(), s.port(),
                                Console.seconds(s.startupNanos()), s.classData().mode() == ClassDataArchive.Mode.USE
                                        ? " (with its class-data archive)" : "");
                    }
                    return r;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return ServiceProcess.Readiness.TIMED_OUT;
                }
            }));
        }
        boolean allReady = true;
        for (int i = 0; i < services.size(); i++) {
            ServiceProcess s = services.get(i);
            ServiceProcess.Readiness r = waits.get(i).get();
            if (r == ServiceProcess.Readiness.READY || isStopping()) {
                continue;
            }
            allReady = false;
            var stale = r == ServiceProcess.Readiness.DIED
                    ? StaleState.serviceDatabase(settings, s.spec(), StaleState.tail(s.log(), 256 * 1024))
                    : java.util.Optional.<String>empty();
            if (stale.isPresent()) {
                Console.plain(stale.get() + "  Its log: " + s.log());
                continue;
            }
            Console.plain(String.format("%s %s. Last 30 lines of %s:", s.name(),
                    r == ServiceProcess.Readiness.DIED ? "exited during start-up"
                            : "was not ready within " + timeout.toSeconds() + " s (GET /q/health/ready)",
                    s.log()));
            Console.plain(ServiceProcess.indent(s.tail(30)));
        }
        return allReady && !isStopping();
    }

    /** A first start of a build: the service writes its class-data archive, which the next start maps. */
    private void recordClassData(ServiceProcess s) {
        try {
            if (!isStopping() && s.recordClassData()) {
                Console.step("%s: class-data archive recorded; the next start uses it", s.name());
            }
        } catch (IOException e) {
            Console.warn("%s: no class-data archive (%s); it starts as fast as before", s.name(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void printSummary(String adminToken, String editorToken) {
        StringBuilder b = new StringBuilder("\n================ s3coop local stack is running ================\n");
        for (ServiceProcess s : services) {
            b.append(String.format("  %-20s http://localhost:%d/q/swagger-ui   (OpenAPI: http://localhost:%d/q/openapi)%n",
                    s.name(), s.port(), s.port()));
        }
        b.append(String.format("  %-20s http://localhost:%d/dashboard/%n", "Dashboard", services.get(0).port()));
        b.append("  Kafka bootstrap      ").append(infra.kafkaBootstrap()).append('\n');
        b.append("  PostgreSQL (JDBC)    ").append(infra.jdbcUrl("<region|partnership|challenge>"))
                .append("  user ").append(infra.user()).append(infra.password().isEmpty() ? ", no password" : "")
                .append('\n');
        b.append("  Logs                 ").append(settings.logsDir()).append('\n');
        b.append("\n  Admin token (").append(JwtKeys.VALIDITY.toHours()).append(" h, also in ")
                .append(settings.tokensDir().resolve("admin.jwt")).append("):\n  ").append(adminToken).append('\n');
        b.append("\n  Editor token for ES51 (also in ").append(settings.tokensDir().resolve("editor-ES51.jwt"))
                .append("):\n  ").append(editorToken).append('\n');
        b.append("\n  Register a region:\n");
        b.append("  curl -i -X POST http://localhost:").append(services.get(0).port()).append("/api/v1/regions \\\n")
                .append("    -H \"Authorization: Bearer $(cat ").append(settings.tokensDir().resolve("admin.jwt"))
                .append(")\" -H 'Content-Type: application/json' \\\n")
                .append("    -d '{\"code\":\"ES52\",\"name\":\"Comunitat Valenciana\",\"nutsVersion\":\"2024\",")
                .append("\"priorities\":[{\"family\":\"POLICY_OBJECTIVE\",\"code\":\"TOURISM\",\"label\":\"Sustainable tourism\"}]}'\n");
        b.append("\n  Ctrl-C (or kill ").append(ProcessHandle.current().pid()).append(") stops everything.\n");
        b.append("================================================================");
        Console.plain(b.toString());
    }

    private URI serviceUri(int index) {
        return URI.create("http://" + settings.bindHost + ":" + settings.services.get(index).http().port());
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    /** The shutdown hook (Ctrl-C, SIGTERM, or System.exit after a failure): services, then Kafka, then PostgreSQL. */
    private void stopAll() {
        List<ServiceProcess> toStop;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            toStop = List.copyOf(services);
        }
        long t0 = System.nanoTime();
        Console.step("stopping everything ...");
        toStop.forEach(s -> s.classData().cancel());
        Map<ServiceProcess, List<ProcessHandle>> handles = new LinkedHashMap<>();
        for (ServiceProcess s : toStop) {
            if (s.isAlive()) {
                handles.put(s, s.requestStop()); // SIGTERM to all of them first, then wait
            } else {
                s.requestStop();
                Console.step("%s: had already exited", s.name());
            }
        }
        long deadline = System.nanoTime() + SERVICES_STOP_TIMEOUT.toNanos();
        for (var e : handles.entrySet()) {
            int killed = ServiceProcess.awaitStopped(e.getValue(), deadline);
            Console.step("%s: %s after %s", e.getKey().name(), killed > 0 ? "killed (SIGKILL)" : "stopped",
                    Console.seconds(System.nanoTime() - t0));
        }
        infra.stop();
        RunFiles.clear(settings);
        Console.step("everything stopped in %s", Console.seconds(System.nanoTime() - t0));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static final class StepFailed extends RuntimeException {
        StepFailed(Exception cause) {
            super(cause);
        }
    }

    private static void unchecked(Step step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StepFailed(e);
        }
    }
}
