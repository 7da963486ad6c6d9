package org.s3coop.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's AppCDS archive (class data sharing), made the way the container image makes its own
 * (deploy/docker/Dockerfile.jvm): a training start of the service with its database and broker deliberately
 * unreachable, and without migration, records the classes it loads until it stops itself once started, and the JVM
 * writes them when it exits
 * ({@code -XX:ArchiveClassesAtExit}); a start with the archive ({@code -XX:SharedArchiveFile}) maps those classes
 * instead of loading and verifying them again (docs/performance.md, "Start-up"). The launcher runs the training in the
 * background once the stack is up, for a build that has no archive yet, so the first start is not delayed and the next
 * one is faster; stopping the stack ends a training still running (it is a process of its own, unlike a running
 * service asked to dump its classes, whose stop would wait for the dump). The archive is used while it is newer than
 * every file of the service's build ({@code target/quarkus-app}) and was made by this JDK. {@code -Xshare:auto}:
 * should the JVM still refuse it, the service starts without it. {@code S3COOP_LOCAL_CDS=false} turns it off.
 */
final class ClassDataArchive {
    enum Mode {
        /** Start with the archive. */
        USE,
        /** Start without; record the archive in the background once the stack is up. */
        RECORD,
        /** Turned off. */
        OFF
    }

    /**
     * The training start's environment: its database and broker where nothing listens (port 1); no migration and no
     * database check at boot, and the service stops itself once started ({@code S3COOP_CDS_TRAINING},
     * org.s3coop.platform.startup.ClassDataTraining), so that the archive holds the classes of the whole start.
     */
    static final Map<String, String> UNREACHABLE = Map.of(
            "S3COOP_DB_URL", "postgresql://127.0.0.1:1/training",
            "S3COOP_DB_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/training",
            "S3COOP_KAFKA_BOOTSTRAP", "127.0.0.1:1",
            "QUARKUS_HTTP_PORT", "0",
            "S3COOP_CDS_TRAINING", "true",
            "QUARKUS_FLYWAY_MIGRATE_AT_START", "false",
            "QUARKUS_HIBERNATE_ORM_DATABASE_START_OFFLINE", "true");

    private final Path archive;
    private final Path build;
    private final Path javaHome;
    private final Mode mode;
    private volatile Process training;
    private volatile boolean cancelled;

    ClassDataArchive(Path archive, Path build, Path javaHome, boolean enabled) {
        this.archive = archive;
        this.build = build;
        this.javaHome = javaHome;
        this.mode = !enabled ? Mode.OFF : usable() ? Mode.USE : Mode.RECORD;
    }

    static ClassDataArchive of(Settings settings, Settings.ServiceSpec service) {
        return new ClassDataArchive(settings.home.resolve("cds").resolve(service.name() + ".jsa"),
                settings.serviceJar(service).getParent(), Path.of(System.getProperty("java.home")),
                settings.classDataSharing);
    }

    Mode mode() {
        return mode;
    }

    /** The JVM options of the service's start. */
    List<String> jvmOptions() {
        return mode == Mode.USE ? List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto") : List.of();
    }

    /**
     * On a recording start: the training start of {@code jar} with {@code heapOptions} and the service's {@code env}
     * (its database, broker and HTTP port replaced by {@link #UNREACHABLE}), the archive written to a
     * temporary file and moved into place when complete (the training's log in {@code <archive>.log}).
     *
     * @return whether an archive was written (false: not a recording start, or cancelled)
     * @throws IOException when the training start wrote no archive
     */
    boolean record(Path jar, List<String> heapOptions, Map<String, String> env) throws IOException, InterruptedException {
        if (mode != Mode.RECORD || cancelled) {
            return false;
        }
        Files.createDirectories(archive.getParent());
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        Path log = archive.resolveSibling(archive.getFileName() + ".log");
        Files.deleteIfExists(partial);
        List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString()));
        command.addAll(heapOptions);
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + partial, "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(archive.getParent().toFile());
        pb.environment().putAll(env);
        pb.environment().putAll(UNREACHABLE);
        synchronized (this) {
            if (cancelled) {
                return false;
            }
            training = pb.start();
        }
        boolean ended = training.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            training.destroyForcibly();
        }
        if (cancelled) {
            Files.deleteIfExists(partial);
            return false;
        }
        if (!ended || !Files.isRegularFile(partial) || Files.size(partial) == 0) {
            Files.deleteIfExists(partial);
            throw new IOException("the training start wrote no archive" + (ended ? "" : " within 3 minutes")
                    + "; its log: " + log);
        }
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(stamp(), javaVersion());
        return true;
    }

    /** The stack stops: a training start still running ends now. */
    synchronized void cancel() {
        cancelled = true;
        Process p = training;
        if (p != null) {
            p.destroyForcibly();
        }
    }

    /** The archive exists, is newer than every file of the build, and was made by this JDK. */
    private boolean usable() {
        try {
            if (!Files.isRegularFile(archive) || !Files.isRegularFile(stamp())
                    || !Files.readString(stamp()).equals(javaVersion())) {
                return false;
            }
            FileTime made = Files.getLastModifiedTime(archive);
            try (Stream<Path> files = Files.walk(build)) {
                return files.filter(Files::isRegularFile).allMatch(f -> lastModified(f).compareTo(made) < 0);
            }
        } catch (IOException e) {
            return false;
        }
    }

    private Path stamp() {
        return archive.resolveSibling(archive.getFileName() + ".jdk");
    }

    private String javaVersion() {
        return javaHome + " " + System.getProperty("java.vm.version");
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(Long.MAX_VALUE);
        }
    }
}
