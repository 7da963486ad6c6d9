package org.s3coop.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the launcher reads from the environment, in one place (README.md lists the same variables). */
final class Settings {
    /** A TCP port the launcher will listen on, and the variable that chooses another one. */
    record PortSetting(String what, String envVar, int port) {
    }

    /** One of the three services. */
    record ServiceSpec(String name, String database, PortSetting http) {
    }

    final Path repoRoot;
    final Path home;
    final String bindHost;
    final List<ServiceSpec> services;
    final PortSetting pgPort;
    final PortSetting kafkaPort;
    /** External PostgreSQL, e.g. {@code jdbc:postgresql://db.example:5432/}; empty means embedded. */
    final Optional<String> pgJdbcBase;
    final String pgUser;
    final String pgPassword;
    /** External Kafka bootstrap servers; empty means embedded. */
    final Optional<String> kafkaBootstrap;
    final boolean demoData;
    final int readyTimeoutSeconds;
    /** Whether the services start with an AppCDS archive of their classes (recorded on the first start of a build). */
    final boolean classDataSharing;

    private Settings(Map<String, String> env, Path repoRoot) {
        this.repoRoot = repoRoot;
        this.home = nonBlank(env.get("S3COOP_LOCAL_HOME")).map(h -> repoRoot.resolve(h).toAbsolutePath().normalize())
                .orElse(repoRoot.resolve(".s3coop-local"));
        this.bindHost = env.getOrDefault("S3COOP_BIND_HOST", "127.0.0.1");
        this.services = List.of(
                new ServiceSpec("region-service", "region",
                        port(env, "region-service HTTP", "S3COOP_REGION_PORT", 8081)),
                new ServiceSpec("partnership-service", "partnership",
                        port(env, "partnership-service HTTP", "S3COOP_PARTNERSHIP_PORT", 8082)),
                new ServiceSpec("challenge-service", "challenge",
                        port(env, "challenge-service HTTP", "S3COOP_CHALLENGE_PORT", 8083)));
        this.pgPort = port(env, "PostgreSQL", "S3COOP_PG_PORT", 5432);
        this.kafkaPort = port(env, "Kafka", "S3COOP_KAFKA_PORT", 9092);
        this.pgJdbcBase = nonBlank(env.get("S3COOP_PG_JDBC_BASE"));
        this.pgUser = pgJdbcBase.isPresent() ? env.getOrDefault("S3COOP_PG_USER", "postgres") : "postgres";
        this.pgPassword = pgJdbcBase.isPresent() ? env.getOrDefault("S3COOP_PG_PASSWORD", "") : "";
        this.kafkaBootstrap = nonBlank(env.get("S3COOP_KAFKA_BOOTSTRAP"));
        this.demoData = !"false".equalsIgnoreCase(env.getOrDefault("S3COOP_DEMO_DATA", "true"));
        this.readyTimeoutSeconds = intValue(env, "S3COOP_READY_TIMEOUT", 90);
        this.classDataSharing = !"false".equalsIgnoreCase(env.getOrDefault("S3COOP_LOCAL_CDS", "true"));
    }

    static Settings fromEnvironment() {
        return new Settings(System.getenv(), findRepoRoot());
    }

    static Settings of(Map<String, String> env, Path repoRoot) {
        return new Settings(env, repoRoot);
    }

    /** The ports this run will listen on: the services always, PostgreSQL and Kafka only when embedded. */
    List<PortSetting> portsToListenOn() {
        var ports = new java.util.ArrayList<PortSetting>();
        services.forEach(s -> ports.add(s.http()));
        if (pgJdbcBase.isEmpty()) {
            ports.add(pgPort);
        }
        if (kafkaBootstrap.isEmpty()) {
            ports.add(kafkaPort);
        }
        return ports;
    }

    Path pgDataDir() {
        return home.resolve("pgdata");
    }

    Path kafkaDir() {
        return home.resolve("kafka");
    }

    Path keysDir() {
        return home.resolve("keys");
    }

    Path tokensDir() {
        return home.resolve("tokens");
    }

    Path logsDir() {
        return home.resolve("logs");
    }

    Path runDir() {
        return home.resolve("run");
    }

    Path serviceJar(ServiceSpec service) {
        return repoRoot.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The repository root: {@code -Ds3coop.root} (set by run.sh), else the nearest parent holding deploy/local. */
    private static Path findRepoRoot() {
        String configured = System.getProperty("s3coop.root", System.getenv("S3COOP_ROOT"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/local")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("Cannot find the repository root; run deploy/local/run.sh or set -Ds3coop.root");
    }

    private static PortSetting port(Map<String, String> env, String what, String envVar, int defaultPort) {
        int port = intValue(env, envVar, defaultPort);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(envVar + " must be a TCP port (1-65535), not " + port);
        }
        return new PortSetting(what, envVar, port);
    }

    private static int intValue(Map<String, String> env, String name, int defaultValue) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'");
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
