package org.s3coop.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.s3coop.platform.embedded.EmbeddedKafkaBroker;
import org.s3coop.platform.embedded.EmbeddedPostgresServer;
import org.s3coop.platform.embedded.FreePorts;
import org.s3coop.platform.embedded.TokenSigner;

/**
 * What the benchmark runs against, in its production configuration: one real PostgreSQL (embedded binaries) with
 * the three databases, one KRaft Kafka broker, the three packaged services ({@code quarkus-run.jar}, {@code prod}
 * profile, configured by environment variables only, heap as in Kubernetes) and the baseline server, each its own
 * process. Logs under {@code target/bench/logs}.
 */
final class Stack implements AutoCloseable {
    /** One service process and how long it took from process start to {@code /q/health/ready} = 200. */
    record Service(String name, String database, int port, Process process, double readySeconds) {
        String url() {
            return "http://localhost:" + port;
        }
    }

    private final Path root;
    private final Path work;
    private final List<String> jvmOptions;
    EmbeddedPostgresServer postgres;
    EmbeddedKafkaBroker kafka;
    final List<Service> services = new ArrayList<>();
    Process baseline;
    int baselinePort;
    Path jfrFile;

    Stack(Path root, Path work, List<String> jvmOptions) {
        this.root = root;
        this.work = work;
        this.jvmOptions = jvmOptions;
    }

    void start() throws Exception {
        Path publicKey = startInfrastructure();
        int regionPort = FreePorts.next();
        jfrFile = work.resolve("partnership-service.jfr");
        Files.deleteIfExists(jfrFile);
        // One after the other, so that each start-up time is the service's own, not three sharing two cores.
        // region-service: stacks deeper than JFR's default 64 frames (the fan-out's writes run under Netty's
        // pipeline), and samples attributed to the inlined method they are in, not to the nearest safepoint's
        services.add(start("region-service", "region", regionPort, publicKey,
                List.of("-XX:StartFlightRecording=name=bench,settings=profile,maxage=10m",
                        "-XX:FlightRecorderOptions=stackdepth=256", "-XX:+UnlockDiagnosticVMOptions",
                        "-XX:+DebugNonSafepoints")));
        services.add(start("partnership-service", "partnership", FreePorts.next(), publicKey,
                List.of("-XX:StartFlightRecording=name=bench,settings=profile,maxage=10m")));
        services.add(start("challenge-service", "challenge", FreePorts.next(), publicKey,
                List.of("-XX:StartFlightRecording=name=bench,settings=profile,maxage=10m")));
        baselinePort = FreePorts.next();
        baseline = new ProcessBuilder(java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                BaselineServer.class.getName(), String.valueOf(baselinePort), postgres.reactiveUrl("region"),
                postgres.reactiveUrl("partnership"), EmbeddedPostgresServer.USER)
                .redirectErrorStream(true).redirectOutput(work.resolve("logs/baseline.log").toFile()).start();
        awaitOk(URI.create("http://localhost:" + baselinePort + "/ready"), baseline, "baseline");
    }

    /** PostgreSQL, Kafka and one service only (e.g. {@link SearchAtScale}); it joins {@link #services}. */
    Service startOnly(String name, String database) throws Exception {
        Service service = start(name, database, FreePorts.next(), startInfrastructure(), List.of());
        services.add(service);
        return service;
    }

    /** Starts PostgreSQL and Kafka and writes the token issuer's public key; answers where the key is. */
    private Path startInfrastructure() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        postgres = EmbeddedPostgresServer.startTemporary();
        Path kafkaDir = work.resolve("kafka");
        deleteTree(kafkaDir);
        kafka = new EmbeddedKafkaBroker(kafkaDir, FreePorts.next()).start();
        Path publicKey = work.resolve("publicKey.pem");
        try (InputStream in = Stack.class.getClassLoader().getResourceAsStream(TokenSigner.PUBLIC_KEY)) {
            Files.copy(in, publicKey, StandardCopyOption.REPLACE_EXISTING);
        }
        return publicKey;
    }

    Service region() {
        return services.get(0);
    }

    Service partnership() {
        return services.get(1);
    }

    Service challenge() {
        return services.get(2);
    }

    String baselineUrl() {
        return "http://localhost:" + baselinePort;
    }

    String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    private Path publicKey;

    private Service start(String name, String database, int port, Path publicKey, List<String> extraJvm)
            throws Exception {
        return start(root, name, database, port, publicKey, jvmOptions, extraJvm, name);
    }

    /**
     * Starts another instance of a service next to the running one (same database and Kafka, its own port) with
     * other JVM options, e.g. to compare start-up: {@code logName} names its log.
     */
    Service startVariant(String name, String database, List<String> options, String logName) throws Exception {
        return startVariant(name, database, options, Map.of(), logName);
    }

    /** {@link #startVariant} with more environment variables (e.g. {@code MALLOC_ARENA_MAX}). */
    Service startVariant(String name, String database, List<String> options, Map<String, String> env, String logName)
            throws Exception {
        return start(root, name, database, FreePorts.next(), publicKey, options, List.of(), env, logName);
    }

    /**
     * Another build of a service next to the running one (same database and Kafka, same JVM options, its own port):
     * the packaged service under {@code otherRoot}, e.g. the code before a change, for an A/B comparison in one run.
     */
    Service startBuild(Path otherRoot, String name, String database, String logName) throws Exception {
        return start(otherRoot, name, database, FreePorts.next(), publicKey, jvmOptions, List.of(), logName);
    }

    private Service start(String name, String database, int port, Path publicKey, List<String> options,
            List<String> extraJvm, String logName) throws Exception {
        return start(root, name, database, port, publicKey, options, extraJvm, logName);
    }

    private Service start(Path jarRoot, String name, String database, int port, Path publicKey, List<String> options,
            List<String> extraJvm, String logName) throws Exception {
        return start(jarRoot, name, database, port, publicKey, options, extraJvm, Map.of(), logName);
    }

    private Service start(Path jarRoot, String name, String database, int port, Path publicKey, List<String> options,
            List<String> extraJvm, Map<String, String> env, String logName) throws Exception {
        this.publicKey = publicKey;
        Path jar = jarRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: bench/run.sh packages the services first");
        }
        postgres.ensureDatabase(database);
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(BenchRun.podOptions(name, options));
        command.addAll(extraJvm);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("logs/" + logName + ".log").toFile());
        pb.environment().putAll(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "S3COOP_DB_URL", postgres.reactiveUrl(database),
                "S3COOP_DB_JDBC_URL", postgres.jdbcUrl(database),
                "S3COOP_DB_USER", EmbeddedPostgresServer.USER,
                "S3COOP_DB_PASSWORD", "",
                "S3COOP_KAFKA_BOOTSTRAP", kafka.bootstrapServers(),
                "S3COOP_JWT_PUBLIC_KEY", publicKey.toString(),
                "S3COOP_JWT_ISSUER", TokenSigner.ISSUER,
                "MALLOC_ARENA_MAX", "2")); // as the image sets it (deploy/docker/Dockerfile.jvm)
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process process = pb.start();
        awaitOk(URI.create("http://localhost:" + port + "/q/health/ready"), process, name);
        double ready = (System.nanoTime() - t0) / 1e9;
        Console.say("%s ready in %.2f s (pid %d, %s)", name, ready, process.pid(), String.join(" ", BenchRun.podOptions(name, options)));
        return new Service(name, database, port, process, ready);
    }

    private static void awaitOk(URI uri, Process process, String name) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see its log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            process.onExit().completeOnTimeout(process, 20, TimeUnit.MILLISECONDS).get();
        }
        throw new IllegalStateException(name + " not ready after 180 s");
    }

    /** Where the run's files go ({@code target/bench}). */
    Path work() {
        return work;
    }

    /** Writes partnership-service's JFR recording so far to {@link #jfrFile} ({@code jcmd JFR.dump}). */
    void dumpRecording() throws Exception {
        dumpRecording(partnership(), jfrFile);
    }

    /** Writes a service's JFR recording so far to {@code file} ({@code jcmd JFR.dump}). */
    void dumpRecording(Service service, Path file) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(service.process().pid()), "JFR.dump", "name=bench", "filename=" + file)
                .redirectErrorStream(true).redirectOutput(work.resolve("logs/jcmd.log").toFile()).start();
        if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
            jcmd.destroyForcibly();
        }
    }

    /** Stops one process (SIGTERM, then SIGKILL after 60 s). */
    static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The JVM's native memory summary ({@code jcmd VM.native_memory summary}; needs -XX:NativeMemoryTracking). */
    String nativeMemory(Service service) throws Exception {
        Path file = work.resolve("logs/" + service.name() + "-" + service.process().pid() + "-nmt.txt");
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(service.process().pid()), "VM.native_memory", "summary", "scale=MB")
                .redirectErrorStream(true).redirectOutput(file.toFile()).start();
        if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
            jcmd.destroyForcibly();
        }
        return Files.readString(file);
    }

    /** Resident set size of a process, from {@code /proc/<pid>/status} (VmRSS), in MB. */
    static double rssMb(Process process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024d;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() {
        List<Process> all = new ArrayList<>();
        services.forEach(s -> all.add(s.process()));
        if (baseline != null) {
            all.add(baseline);
        }
        all.forEach(Process::destroy);
        for (Process p : all) {
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
