package org.s3coop.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@code .s3coop-local} looks like when an earlier version of s3coop left it and this version cannot use it,
 * told in one paragraph with the way out instead of a stack trace: a PostgreSQL data directory of another major
 * version, a database whose schema does not match this version's Flyway migrations, a Kafka log directory this
 * broker cannot read. (Old JWT keys are replaced on the spot: {@link JwtKeys#loadOrGenerate}.)
 */
final class StaleState {
    /** Flyway's own words for a database migrated by other migrations than the ones in this service's jar. */
    private static final List<Pattern> FLYWAY = Stream.of(
            "Migration checksum mismatch for migration version \\S+",
            "Detected (?:applied|resolved) migration not (?:resolved locally|applied to database)[^\\r\\n]*",
            "Found non-empty schema\\(s\\) [^\\r\\n]* but no schema history table[^\\r\\n]*",
            "Migration \\S+ failed[^\\r\\n]*",
            "Schema [^\\r\\n]* contains a failed migration[^\\r\\n]*",
            "Validate failed: [^\\r\\n]*").map(Pattern::compile).toList();
    private static final Pattern FLYWAY_CLASS = Pattern.compile("org\\.flywaydb\\.core\\.\\S*Exception");
    private static final Pattern PG_INCOMPATIBLE = Pattern.compile(
            "The data directory was initialized by PostgreSQL version [^,]+, which is not compatible with this version [^.\\s]+(?:\\.\\d+)*");

    private StaleState() {
    }

    /**
     * A service's start-up failure that comes from its database having been migrated by another version.
     *
     * @param log the service's log (or its end)
     */
    static Optional<String> serviceDatabase(Settings settings, Settings.ServiceSpec service, String log) {
        if (!FLYWAY_CLASS.matcher(log).find()) {
            return Optional.empty();
        }
        String why = FLYWAY.stream().map(p -> p.matcher(log)).filter(Matcher::find).map(m -> m.group().strip())
                .findFirst().orElse("its schema history does not match this version's migrations");
        String where = settings.pgJdbcBase.map(base -> "database '" + service.database() + "' of " + base)
                .orElse("database '" + service.database() + "' in " + settings.pgDataDir());
        return Optional.of(String.format("%s cannot use its %s: it was migrated by another version of s3coop%n"
                + "  (Flyway: %s).%n%s", service.name(), where, why, wayOut(settings, settings.pgJdbcBase.isPresent()
                ? "drop database " + service.database() + " on that server (its data is lost) and start again"
                : null)));
    }

    /**
     * Why the embedded PostgreSQL or Kafka did not start, when what was kept in {@code .s3coop-local} explains it.
     *
     * @param infraLog the end of logs/infra.log of this run
     * @param pgDataExisted whether the PostgreSQL data directory existed before this run
     * @param kafkaDirExisted whether the Kafka log directory existed before this run
     */
    static Optional<String> infrastructure(Settings settings, String infraLog, boolean pgDataExisted,
            boolean kafkaDirExisted, Throwable failure) {
        Matcher pg = PG_INCOMPATIBLE.matcher(infraLog);
        if (pg.find()) {
            return Optional.of(String.format("PostgreSQL cannot use %s: %s.%n%s", settings.pgDataDir(), pg.group(),
                    wayOut(settings, null)));
        }
        String message = String.valueOf(failure);
        boolean kafka = message.contains("kafka") || message.contains("Kafka") || message.contains("meta.properties");
        if (kafka && kafkaDirExisted) {
            return Optional.of(String.format("Kafka did not start on the log directory %s kept from an earlier run "
                    + "(%s).%nIf an older version of s3coop wrote it: %s", settings.kafkaDir(), firstLine(message),
                    wayOut(settings, null).strip()));
        }
        if (!kafka && pgDataExisted && settings.pgJdbcBase.isEmpty()) {
            return Optional.of(String.format("PostgreSQL did not start on the data directory %s kept from an earlier "
                    + "run (%s).%nIf an older version of s3coop wrote it: %s", settings.pgDataDir(), firstLine(message),
                    wayOut(settings, null).strip()));
        }
        return Optional.empty();
    }

    /** The end of a log file, at most {@code maxBytes}; empty when it cannot be read. */
    static String tail(Path file, int maxBytes) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int from = Math.max(0, bytes.length - maxBytes);
            return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String wayOut(Settings settings, String external) {
        List<String> lines = external != null
                ? List.of("  Either run the version of s3coop that made it, or " + external + ".")
                : List.of("  Either run the version of s3coop that made it, or start afresh: deploy/local/run.sh --reset",
                        "  (deletes " + settings.home + ": databases, Kafka log, keys, logs).");
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
