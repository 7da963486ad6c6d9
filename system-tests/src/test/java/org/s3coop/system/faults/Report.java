package org.s3coop.system.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures a fault scenario measured, printed to the test output and written to
 * {@code system-tests/target/reliability/<scenario>.md}, so they can be quoted.
 */
public final class Report {
    private final String scenario;
    private final String title;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    /** What a scenario does, measuring into its report. */
    public interface Scenario {
        void run(Report report) throws Exception;
    }

    /** Runs the scenario and writes its report, passed or failed (a failed run's figures help most). */
    public static void measure(String scenario, String title, Scenario body) throws Exception {
        Report report = new Report(scenario, title);
        String outcome = "FAILED";
        try {
            body.run(report);
            outcome = "passed";
        } finally {
            report.write(outcome);
        }
    }

    Report(String scenario, String title) {
        this.scenario = scenario;
        this.title = title;
    }

    public Report put(String figure, Object value) {
        figures.put(figure, value);
        return this;
    }

    /** Writes what was measured so far (call it in a finally block: a failed run reports too). */
    void write(String outcome) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n")
                .append("Run: ").append(Instant.now()).append(" — ").append(outcome).append("\n\n")
                .append("| figure | value |\n|---|---|\n");
        figures.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        System.out.println("\n[reliability] " + md);
        Path root = Path.of(System.getProperty("s3coop.root", "..")).toAbsolutePath().normalize();
        Path file = root.resolve("system-tests/target/reliability/" + scenario + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
