package org.s3coop.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Step 5: one service as a child JVM ({@code java -jar quarkus-run.jar}), its log file and its readiness. */
final class ServiceProcess {
    enum Readiness { READY, DIED, TIMED_OUT }

    /**
     * The services' heap and collector as in their pod (deploy/docker/Dockerfile.jvm, docs/operations.md "Sizing"),
     * and their class-data archive's training start's.
     */
    static final List<String> HEAP = List.of("-Xmx157m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=192m");

    private final Settings.ServiceSpec spec;
    private final Path jar;
    private final Path log;
    private final Map<String, String> env;
    private final ClassDataArchive classData;
    private volatile Process process;
    private volatile boolean stopping;
    /** Set once the whole stack is up: from then on an exit is reported (before, start-up failure handling does). */
    private volatile boolean running;
    private long startedAt;

    ServiceProcess(Settings.ServiceSpec spec, Path jar, Path log, Map<String, String> env, ClassDataArchive classData) {
        this.spec = spec;
        this.jar = jar;
        this.log = log;
        this.env = env;
        this.classData = classData;
    }

    ClassDataArchive classData() {
        return classData;
    }

    /** On the first start of a build: records the class-data archive the next start maps (a training start). */
    boolean recordClassData() throws IOException, InterruptedException {
        return classData.record(jar, HEAP, env);
    }

    String name() {
        return spec.name();
    }

    Settings.ServiceSpec spec() {
        return spec;
    }

    int port() {
        return spec.http().port();
    }

    Path log() {
        return log;
    }

    long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    void start(Path workDir) throws IOException {
        Files.createDirectories(log.getParent());
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".previous"), StandardCopyOption.REPLACE_EXISTING);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(HEAP);
        command.addAll(classData.jvmOptions());
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        pb.environment().putAll(env);
        startedAt = System.nanoTime();
        process = pb.start();
        process.onExit().thenAccept(p -> {
            if (!stopping && running) {
                Console.warn("%s (pid %d) exited unexpectedly with status %d; the rest keeps running. Last lines of %s:",
                        name(), p.pid(), p.exitValue(), log);
                Console.plain(indent(tail(10)));
            }
        });
    }

    /** From now on an unexpected exit is reported, and the rest of the stack keeps running. */
    void watch() {
        running = true;
        Process p = process;
        if (p != null && !p.isAlive() && !stopping) {
            Console.warn("%s (pid %d) exited with status %d; the rest keeps running. Last lines of %s:", name(),
                    p.pid(), p.exitValue(), log);
            Console.plain(indent(tail(10)));
        }
    }

    /** Polls {@code /q/health/ready} until it answers 200, the process dies, or the deadline passes. */
    Readiness awaitReady(HttpClient http, String host, Duration timeout) throws InterruptedException {
        URI uri = URI.create("http://" + host + ":" + port() + "/q/health/ready");
        long deadline = startedAt + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return Readiness.DIED;
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return Readiness.READY;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        return process.isAlive() ? Readiness.TIMED_OUT : Readiness.DIED;
    }

    long startupNanos() {
        return System.nanoTime() - startedAt;
    }

    /**
     * Asks the service and everything it started to stop (SIGTERM). {@link #awaitStopped} then waits and kills what
     * is left. The descendants are collected first: once the service is gone they would be re-parented.
     */
    List<ProcessHandle> requestStop() {
        stopping = true;
        Process p = process;
        List<ProcessHandle> all = new ArrayList<>();
        if (p == null) {
            return all;
        }
        ProcessHandle handle = p.toHandle();
        all.add(handle);
        handle.descendants().forEach(all::add);
        all.forEach(ProcessHandle::destroy);
        return all;
    }

    /** Waits until {@code deadlineNanos} for the handles to end, then kills the rest. @return how many were killed */
    static int awaitStopped(List<ProcessHandle> handles, long deadlineNanos) {
        int killed = 0;
        for (ProcessHandle h : handles) {
            long left = deadlineNanos - System.nanoTime();
            try {
                if (left > 0) {
                    h.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (Exception e) {
                // timed out (or interrupted): killed below
            }
            if (h.isAlive()) {
                h.descendants().forEach(ProcessHandle::destroyForcibly);
                h.destroyForcibly();
                killed++;
                try {
                    h.onExit().get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    Console.warn("pid %d did not end after SIGKILL", h.pid());
                }
            }
        }
        return killed;
    }

    /** The last {@code lines} lines of the log file. */
    String tail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long from = Math.max(0, length - 64 * 1024);
            file.seek(from);
            byte[] bytes = new byte[(int) (length - from)];
            file.readFully(bytes);
            Deque<String> last = new ArrayDeque<>();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
                last.addLast(line);
                if (last.size() > lines) {
                    last.removeFirst();
                }
            }
            return String.join("\n", last);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    static String indent(String text) {
        return "    | " + text.replace("\n", "\n    | ");
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
