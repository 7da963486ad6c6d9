package org.s3coop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A real service's training start, as the launcher and the image make it ({@link ClassDataArchive#UNREACHABLE}): the
 * packaged region-service, with its database and broker where nothing listens, goes through its whole start, stops
 * itself (platform {@code ClassDataTraining}) with exit status 0, and the archive it leaves is mapped by the next
 * start — the service's own classes included. {@link ClassDataArchiveTest} checks the launcher's part with a stand-in
 * program; this checks that the services keep their part of it.
 *
 * <p>Needs the packaged services (this module depends on them, so the reactor builds them first).
 */
class ClassDataTrainingIT {
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @Test
    void aServicesTrainingStartStopsItselfOnceStartedAndItsArchiveIsMappedByTheNextStart() throws Exception {
        Path root = Path.of(System.getProperty("s3coop.root", "../..")).toAbsolutePath().normalize();
        Path jar = root.resolve("region-service/target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("packaged region-service").exists();
        Path dir = root.resolve("deploy/local/target/cds-training-it");
        if (Files.exists(dir)) {
            RunFiles.deleteRecursively(dir);
        }
        Path archive = dir.resolve("region-service.jsa");
        ClassDataArchive training = new ClassDataArchive(archive, jar.getParent(), JAVA_HOME, true);
        assertThat(training.mode()).isEqualTo(ClassDataArchive.Mode.RECORD);

        assertThat(training.record(jar, List.of("-Xmx256m"), Map.of())).as("an archive recorded").isTrue();
        assertThat(Files.size(archive)).isPositive();
        assertThat(Files.readString(dir.resolve("region-service.jsa.log")))
                .as("the training start went through the whole start, then stopped itself")
                .contains("started in")
                .contains("s3coop.cds.training=true: a training start for the class data archive, stopping now");

        // The same start with the archive: -Xshare:on fails it if the JVM cannot map the archive, -Xlog:class+load
        // names where each class came from; it stops itself again, and must do so with status 0.
        List<String> command = new ArrayList<>(List.of(JAVA_HOME.resolve("bin/java").toString(), "-Xmx256m",
                "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:class+load=info", "-jar", jar.toString()));
        Path log = dir.resolve("mapped.log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(dir.toFile());
        pb.environment().putAll(ClassDataArchive.UNREACHABLE);
        Process mapped = pb.start();
        assertThat(mapped.waitFor(3, TimeUnit.MINUTES)).as("the start with the archive stopped itself").isTrue();
        String output = Files.readString(log);
        assertThat(mapped.exitValue()).as("exit status of a training start (" + log + ")").isZero();
        assertThat(output).as("the service's own classes come from the archive")
                .containsPattern("org\\.s3coop\\.region\\.\\S+ source: shared objects file \\(top\\)")
                .containsPattern("org\\.s3coop\\.platform\\.startup\\.ClassDataTraining\\S* source: shared objects file \\(top\\)");
        long shared = output.lines().filter(l -> l.contains("source: shared objects file (top)")).count();
        assertThat(shared).as("classes of the application mapped from the archive").isGreaterThan(5_000);
    }
}
