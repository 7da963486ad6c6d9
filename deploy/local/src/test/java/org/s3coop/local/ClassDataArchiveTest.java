package org.s3coop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
    static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path dir;

    @Test
    void aTrainingStartRecordsTheArchiveWhichTheNextStartMapsUntilTheBuildChanges() throws Exception {
        Path build = build(TrainingStart.class);
        Path archive = dir.resolve("cds/app.jsa");
        ClassDataArchive first = new ClassDataArchive(archive, build, JAVA_HOME, true);
        assertThat(first.mode()).isEqualTo(ClassDataArchive.Mode.RECORD);
        assertThat(first.jvmOptions()).as("the first start is not delayed").isEmpty();

        assertThat(first.record(build.resolve("quarkus-run.jar"), List.of("-Xmx64m"), Map.of("S3COOP_DB_URL", "x")))
                .isTrue();
        assertThat(archive).isRegularFile();
        assertThat(Files.readString(dir.resolve("cds/app.jsa.log")))
                .as("the training start saw the unreachable database, not the service's")
                .contains("database postgresql://127.0.0.1:1/training")
                .as("and was told to skip the migration and to stop once started (ClassDataTraining)")
                .contains("S3COOP_CDS_TRAINING=true").contains("QUARKUS_FLYWAY_MIGRATE_AT_START=false")
                .contains("QUARKUS_HIBERNATE_ORM_DATABASE_START_OFFLINE=true");

        ClassDataArchive next = new ClassDataArchive(archive, build, JAVA_HOME, true);
        assertThat(next.mode()).isEqualTo(ClassDataArchive.Mode.USE);
        assertThat(next.jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
        assertThat(next.record(build.resolve("quarkus-run.jar"), List.of(), Map.of())).as("nothing to record").isFalse();
        // -Xshare:on fails the start if the JVM cannot map the archive; -Xlog:class+load names where classes came from.
        Process mapped = new ProcessBuilder(JAVA_HOME.resolve("bin/java").toString(), "-XX:SharedArchiveFile=" + archive,
                "-Xshare:on", "-Xlog:class+load=info", "-jar", build.resolve("quarkus-run.jar").toString())
                .redirectErrorStream(true).start();
        String output = new String(mapped.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(mapped.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output).containsPattern(TrainingStart.class.getName().replace("$", "\\$")
                + " source: shared objects file \\(top\\)");

        Files.setLastModifiedTime(build.resolve("lib/main/dep.jar"), FileTime.from(Instant.now().plus(Duration.ofMinutes(1))));
        assertThat(new ClassDataArchive(archive, build, JAVA_HOME, true).mode())
                .as("a file of the build newer than the archive").isEqualTo(ClassDataArchive.Mode.RECORD);
    }

    @Test
    void stoppingTheStackEndsATrainingStartAndLeavesNoArchive() throws Exception {
        Path build = build(HangingStart.class);
        Path archive = dir.resolve("cds/app.jsa");
        ClassDataArchive classData = new ClassDataArchive(archive, build, JAVA_HOME, true);
        CompletableFuture<Boolean> recording = CompletableFuture.supplyAsync(() -> {
            try {
                return classData.record(build.resolve("quarkus-run.jar"), List.of("-Xmx64m"), Map.of());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(dir.resolve("cds/app.jsa.log"))
                && Files.readString(dir.resolve("cds/app.jsa.log")).contains("starting"));
        classData.cancel();
        assertThat(recording.get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(archive).doesNotExist();
        assertThat(dir.resolve("cds/app.jsa.partial")).doesNotExist();
    }

    @Test
    void anArchiveOfAnotherJdkIsRecordedAgain() throws IOException {
        Path build = build(TrainingStart.class);
        Path archive = dir.resolve("cds/app.jsa");
        Files.createDirectories(archive.getParent());
        Files.write(archive, new byte[] {1});
        Files.writeString(archive.resolveSibling("app.jsa.jdk"), "/usr/lib/jvm/other 11.0.2+9");
        assertThat(new ClassDataArchive(archive, build, JAVA_HOME, true).mode()).isEqualTo(ClassDataArchive.Mode.RECORD);
    }

    @Test
    void offWhenTurnedOff() throws Exception {
        Path build = build(TrainingStart.class);
        ClassDataArchive off = new ClassDataArchive(dir.resolve("cds/app.jsa"), build, JAVA_HOME, false);
        assertThat(off.mode()).isEqualTo(ClassDataArchive.Mode.OFF);
        assertThat(off.jvmOptions()).isEmpty();
        assertThat(off.record(build.resolve("quarkus-run.jar"), List.of(), Map.of())).isFalse();
        assertThat(Settings.of(Map.of("S3COOP_LOCAL_CDS", "false"), Path.of("/repo")).classDataSharing).isFalse();
        assertThat(Settings.of(Map.of(), Path.of("/repo")).classDataSharing).isTrue();
    }

    /**
     * A stand-in for a service's target/quarkus-app, its files dated a minute ago: {@code quarkus-run.jar} runs
     * {@code main} (a jar, as a service's class path is: class data sharing refuses non-empty directories on it).
     */
    private Path build(Class<?> main) throws IOException {
        Path build = dir.resolve("quarkus-app");
        Files.createDirectories(build.resolve("lib/main"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        String entry = main.getName().replace('.', '/') + ".class";
        try (InputStream in = main.getClassLoader().getResourceAsStream(entry);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(build.resolve("quarkus-run.jar")), manifest)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
        Files.writeString(build.resolve("lib/main/dep.jar"), "dep", StandardCharsets.UTF_8);
        FileTime before = FileTime.from(Instant.now().minus(Duration.ofMinutes(1)));
        for (String file : List.of("quarkus-run.jar", "lib/main/dep.jar")) {
            Files.setLastModifiedTime(build.resolve(file), before);
        }
        return build;
    }

    /** A service's training start: it reports the environment it was given and stops by itself, as a service does. */
    public static final class TrainingStart {
        public static void main(String[] args) {
            System.out.println("database " + System.getenv("S3COOP_DB_URL"));
            for (String name : new String[] {"S3COOP_CDS_TRAINING", "QUARKUS_FLYWAY_MIGRATE_AT_START",
                    "QUARKUS_HIBERNATE_ORM_DATABASE_START_OFFLINE"}) {
                System.out.println(name + "=" + System.getenv(name));
            }
        }
    }

    /** A service whose start does not end by itself: it waits on its standard input, which nobody writes or closes. */
    public static final class HangingStart {
        public static void main(String[] args) throws IOException {
            System.out.println("starting");
            System.out.flush();
            System.in.read();
        }
    }
}
