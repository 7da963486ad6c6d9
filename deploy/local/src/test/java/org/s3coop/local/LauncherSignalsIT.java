package org.s3coop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.s3coop.platform.embedded.EmbeddedPostgresServer;
import org.s3coop.platform.embedded.FreePorts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code deploy/local/run.sh} as a supervisor, a CI job or a script starts it: in the background of a
 * non-interactive shell ({@code run.sh > log 2>&1 &}), which starts it with SIGINT ignored. SIGINT and SIGTERM must
 * each stop everything it started (the three service JVMs, the embedded PostgreSQL and its backends, the launcher
 * with its in-JVM Kafka) within 10 s. Then a {@code .s3coop-local} left by another version (old keys, a database
 * migrated by other migrations) must be told in plain words, not as a stack trace.
 *
 * <p>Needs the packaged services (this module depends on them, so the reactor builds them first). The three starts
 * share one data directory under target/, the ports are free ones; figures go to
 * {@code target/launcher-signals.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherSignalsIT {
    static final Duration STOP_BUDGET = Duration.ofSeconds(10);
    /** Start-up on a loaded 2-core machine: PostgreSQL, Kafka, three Quarkus services. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    static Path root;
    static Path home;
    static Path runSh;
    static Path report;

    @BeforeAll
    static void paths() throws IOException {
        root = Path.of(System.getProperty("s3coop.root", "../..")).toAbsolutePath().normalize();
        runSh = root.resolve("deploy/local/run.sh");
        home = root.resolve("deploy/local/target/launcher-it-home");
        report = root.resolve("deploy/local/target/launcher-signals.md");
        if (Files.exists(home)) {
            RunFiles.deleteRecursively(home);
        }
        for (String service : List.of("region-service", "partnership-service", "challenge-service")) {
            assertThat(root.resolve(service + "/target/quarkus-app/quarkus-run.jar")).as("packaged " + service).exists();
        }
        Files.writeString(report, "# LauncherSignalsIT\n\n| run | signal | signal → every process gone | launcher's own account |\n|---|---|---:|---|\n");
    }

    @Test
    @Order(0)
    void aBackgroundJobOfAScriptStartsWithSigintIgnored() throws Exception {
        // The situation the launcher must cope with (bash, no job control: `cmd &` ignores SIGINT and SIGQUIT).
        long pid = startInBackground(List.of("sleep", "30"), root.resolve("deploy/local/target/sleep.log"), Map.of());
        try {
            assertThat(ignoredSignals(pid) & (1L << (2 - 1))).as("SIGINT (2) ignored in a background job").isNotZero();
        } finally {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    @Order(1)
    void sigintStopsEverythingWithinTenSecondsAndTheDashboardsMetricsAreLive() throws Exception {
        Launch launch = start("sigint");
        try {
            everyMetricTheGrafanaDashboardQueriesIsExposed(launch);
        } finally {
            stopAndMeasure(launch, "INT");
        }
    }

    @Test
    @Order(2)
    void sigtermStopsEverythingWithinTenSecondsAndOldKeysAreReplacedWithAMessage() throws Exception {
        // Keys of an older launcher: a PKCS#1 ("RSA PRIVATE KEY") file it cannot read.
        Path keys = home.resolve("keys");
        assertThat(keys.resolve("privateKey.pem")).exists();
        Files.writeString(keys.resolve("privateKey.pem"), "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD9\n-----END RSA PRIVATE KEY-----\n");

        Launch launch = start("sigterm");
        assertThat(launch.console()).contains("JWT: the key pair in " + keys + " could not be used")
                .contains("generated a new one");
        assertThat(keys.resolve("privateKey.pem.stale")).exists();
        stopAndMeasure(launch, "TERM");
    }

    @Test
    @Order(3)
    void aDatabaseMigratedByAnotherVersionIsToldInPlainWordsAndNothingIsLeftRunning() throws Exception {
        // As if an older s3coop had applied a migration that this version's V1 no longer matches.
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(home.resolve("pgdata"), FreePorts.next());
             Connection c = DriverManager.getConnection(pg.jdbcUrl("region"), EmbeddedPostgresServer.USER, "");
             Statement st = c.createStatement()) {
            int changed = st.executeUpdate("update flyway_schema_history set checksum = checksum + 1 "
                    + "where installed_rank = (select min(installed_rank) from flyway_schema_history where checksum is not null)");
            assertThat(changed).as("a migration of region-service's database to alter").isEqualTo(1);
        }

        Path log = home.resolve("launcher-stale.log");
        long pid = startInBackground(List.of(runSh.toString()), log, environment());
        ProcessHandle launcher = ProcessHandle.of(pid).orElseThrow();
        Set<ProcessHandle> started = new LinkedHashSet<>();
        await("the launcher gives up").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    launcher.descendants().forEach(started::add);
                    return !running(launcher);
                });
        String console = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(console).contains("region-service cannot use its database 'region' in " + home.resolve("pgdata")
                        + ": it was migrated by another version of s3coop")
                .contains("Migration checksum mismatch for migration version")
                .contains("deploy/local/run.sh --reset")
                .contains("everything stopped");
        assertThat(console.lines().filter(l -> l.startsWith("\tat ") || l.contains("Exception")).toList())
                .as("no stack trace on the console").isEmpty();
        assertThat(postmaster()).as("PostgreSQL stopped").isEmpty();
        assertThat(started).as("the services it started").hasSizeGreaterThanOrEqualTo(3);
        await("every process it started gone").atMost(Duration.ofSeconds(5))
                .until(() -> started.stream().noneMatch(LauncherSignalsIT::running));
    }

    /**
     * The dashboard of deploy/kubernetes/components/grafana-dashboard reads only metrics the services really expose:
     * every metric name of its queries is in the live /q/metrics of one of the three services.
     */
    private static void everyMetricTheGrafanaDashboardQueriesIsExposed(Launch launch) throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(
                root.resolve("deploy/kubernetes/components/grafana-dashboard/s3coop-dashboard.json").toFile());
        Set<String> queried = new TreeSet<>();
        for (JsonNode expr : dashboard.findValues("expr")) {
            queried.addAll(PromQlMetricNames.of(expr.asText()));
        }
        assertThat(queried).as("metrics the dashboard queries").hasSizeGreaterThanOrEqualTo(10);
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> apis = Map.of("S3COOP_REGION_PORT", "/api/v1/regions",
                "S3COOP_PARTNERSHIP_PORT", "/api/v1/partnerships", "S3COOP_CHALLENGE_PORT", "/api/v1/challenges");
        for (var api : apis.entrySet()) {
            // One API request each: the HTTP server timer appears with the first request it measures.
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + launch.env().get(api.getKey()) + api.getValue())).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).as(api.getValue()).isEqualTo(200);
        }
        Set<String> exposed = new TreeSet<>();
        await("every metric the dashboard queries exposed at /q/metrics").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    for (String port : apis.keySet()) {
                        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + launch.env().get(port) + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
                        metrics.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                                .forEach(l -> exposed.add(l.split("[{ ]", 2)[0]));
                    }
                    assertThat(exposed).containsAll(queried);
                });
        Files.writeString(report.resolveSibling("dashboard-metrics.md"), "The Grafana dashboard's " + queried.size()
                + " metrics, all found in the live /q/metrics of the three services: " + String.join(", ", queried) + "\n");
    }

    // ---------------------------------------------------------------- helpers

    record Launch(String name, long pid, Path log, Map<String, String> env) {
        String console() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }

    private static Launch start(String name) throws Exception {
        Path log = home.resolve("launcher-" + name + ".log");
        Files.createDirectories(home);
        Map<String, String> env = environment();
        long pid = startInBackground(List.of(runSh.toString()), log, env);
        ProcessHandle launcher = ProcessHandle.of(pid).orElseThrow();
        await(name + ": the stack is running").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    String console = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
                    assertThat(running(launcher)).as("launcher alive; its console:\n" + console).isTrue();
                    return console.contains("s3coop local stack is running");
                });
        return new Launch(name, pid, log, env);
    }

    private static void stopAndMeasure(Launch launch, String signal) throws Exception {
        ProcessHandle launcher = ProcessHandle.of(launch.pid()).orElseThrow();
        Set<ProcessHandle> stack = new LinkedHashSet<>();
        stack.add(launcher);
        launcher.descendants().forEach(stack::add);
        List<ProcessHandle> services = servicePids();
        assertThat(services).as("three services running").hasSize(3).allMatch(LauncherSignalsIT::running);
        services.forEach(s -> {
            stack.add(s);
            s.descendants().forEach(stack::add);
        });
        List<ProcessHandle> postgres = postmaster();
        assertThat(postgres).as("the embedded PostgreSQL running").hasSize(1);
        stack.add(postgres.get(0));
        postgres.get(0).descendants().forEach(stack::add);

        Map<ProcessHandle, String> commands = new java.util.HashMap<>();
        stack.forEach(p -> commands.put(p, p.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("?")));
        Map<ProcessHandle, Long> goneAt = new java.util.HashMap<>();
        long t0 = System.nanoTime();
        run("kill", "-" + signal, Long.toString(launch.pid()));
        await(signal + ": every process of the stack gone").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    stack.stream().filter(p -> !running(p)).forEach(p -> goneAt.putIfAbsent(p, System.nanoTime() - t0));
                    return goneAt.size() == stack.size();
                });
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        String launcherGone = String.format(Locale.ROOT, "launcher exited at %.2f s; last to exit: %s", goneAt.get(launcher) / 1e9,
                goneAt.entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(e -> commands.get(e.getKey()) + " " + e.getKey().pid()).orElse("-"));

        String console = launch.console();
        String account = console.lines().filter(l -> l.contains("stopped in") || l.contains("stopped after")
                || l.contains("killed")).map(l -> l.replaceFirst("^\\[[ 0-9.]+s] ", "")).collect(Collectors.joining("; "));
        Files.writeString(report, String.format(Locale.ROOT, "| %s | SIG%s | %.2f s (%d processes; %s) | %s |%n",
                launch.name(), signal, took.toMillis() / 1000.0, stack.size(), launcherGone, account),
                java.nio.file.StandardOpenOption.APPEND);
        System.out.printf(Locale.ROOT, "LauncherSignalsIT: SIG%s -> %d processes gone in %.2f s%n", signal, stack.size(),
                took.toMillis() / 1000.0);
        assertThat(console).contains("stopping everything").contains("everything stopped in");
        assertThat(took).as("SIG" + signal + " to the last process gone; launcher said: " + account)
                .isLessThanOrEqualTo(STOP_BUDGET);
        assertThat(home.resolve("pgdata/postmaster.pid")).as("PostgreSQL shut down cleanly").doesNotExist();
    }

    private static Map<String, String> environment() {
        return Map.of(
                "S3COOP_LOCAL_HOME", home.toString(),
                "S3COOP_REGION_PORT", Integer.toString(FreePorts.next()),
                "S3COOP_PARTNERSHIP_PORT", Integer.toString(FreePorts.next()),
                "S3COOP_CHALLENGE_PORT", Integer.toString(FreePorts.next()),
                "S3COOP_PG_PORT", Integer.toString(FreePorts.next()),
                "S3COOP_KAFKA_PORT", Integer.toString(FreePorts.next()),
                "S3COOP_DEMO_DATA", "false",
                "S3COOP_READY_TIMEOUT", Long.toString(START_TIMEOUT.toSeconds()));
    }

    /** {@code bash -c 'cmd > log 2>&1 &'}: a background job of a non-interactive shell. @return its pid */
    private static long startInBackground(List<String> command, Path log, Map<String, String> env) throws Exception {
        List<String> bash = new ArrayList<>(List.of("bash", "-c", "\"$@\" > \"$LOG\" 2>&1 & echo $!", "bash"));
        bash.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(bash).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("LOG", log.toString());
        Process shell = pb.start();
        String out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return Long.parseLong(out);
    }

    /**
     * Whether the process still runs: it exists and is not a zombie. An orphan (the launcher, once the shell that
     * started it has exited) is reaped by PID 1, which here takes up to a second after the exit; its parent (a
     * supervisor, a CI runner) reaps it at once.
     */
    static boolean running(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return process.isAlive() && state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }

    private static long ignoredSignals(long pid) throws IOException {
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        String mask = status.lines().filter(l -> l.startsWith("SigIgn:")).findFirst().orElseThrow().substring(7).strip();
        return Long.parseUnsignedLong(mask, 16);
    }

    private static List<ProcessHandle> servicePids() throws IOException {
        return Files.readAllLines(home.resolve("run/services.pids")).stream().filter(l -> !l.isBlank())
                .map(l -> ProcessHandle.of(Long.parseLong(l.split(" ")[0]))).flatMap(java.util.Optional::stream).toList();
    }

    private static List<ProcessHandle> postmaster() throws IOException {
        Path pidFile = home.resolve("pgdata/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return List.of();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip())).filter(LauncherSignalsIT::running)
                .stream().toList();
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    }
}
