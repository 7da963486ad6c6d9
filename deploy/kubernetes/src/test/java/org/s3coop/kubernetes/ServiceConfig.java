package org.s3coop.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service reads, from its {@code src/main/resources/application.properties} on top of the platform's
 * shared {@code META-INF/microprofile-config.properties}: the environment variables its expressions reference and
 * the topics it publishes to, consumes and dead-letters to.
 */
final class ServiceConfig {

  static final String[] SERVICES = {"region-service", "partnership-service", "challenge-service"};

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-\"]+)(?::([^}]*))?}");

  final String service;
  /** Effective properties, %profile-prefixed ones left out (the container runs the prod profile). */
  final Map<String, String> properties = new LinkedHashMap<>();

  private ServiceConfig(String service) {
    this.service = service;
  }

  static ServiceConfig of(String service) {
    ServiceConfig config = new ServiceConfig(service);
    Path root = Kustomize.repoRoot();
    config.load(root.resolve("platform/runtime/src/main/resources/META-INF/microprofile-config.properties"));
    config.load(root.resolve(service + "/src/main/resources/application.properties"));
    return config;
  }

  private void load(Path file) {
    Properties loaded = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      loaded.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    loaded.stringPropertyNames().stream().sorted()
        .filter(k -> !k.startsWith("%"))
        .forEach(k -> properties.put(k, loaded.getProperty(k)));
  }

  /**
   * The environment variables the configuration needs from the Deployment: every {@code ${S3COOP_...}} it
   * references, and every {@code ${s3coop.x.y}} property it references but does not define (in its environment
   * form, S3COOP_X_Y).
   */
  Set<String> environmentReferences() {
    Set<String> names = new TreeSet<>();
    for (String value : properties.values()) {
      Matcher m = EXPRESSION.matcher(value);
      while (m.find()) {
        String name = m.group(1);
        if (name.startsWith("S3COOP_")) {
          names.add(name);
        } else if (name.startsWith("s3coop.") && !properties.containsKey(name)) {
          names.add(name.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
      }
    }
    return names;
  }

  /** A property's value with its expressions resolved (defined properties first, then the default). */
  String resolve(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = EXPRESSION.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement = properties.containsKey(name) ? resolve(properties.get(name)) : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? "" : replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Topics this service writes to or reads from: its event topic, its consumed topics and dead-letter topics. */
  Set<String> topics() {
    Set<String> topics = new TreeSet<>();
    if (properties.containsKey("s3coop.events.topic")) {
      topics.add(resolve(properties.get("s3coop.events.topic")));
    }
    for (String key : properties.keySet()) {
      if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic") && !key.endsWith("dead-letter-queue.topic")) {
        String channel = key.substring("mp.messaging.incoming.".length(), key.length() - ".topic".length());
        topics.add(resolve(properties.get(key)));
        String dlq = properties.getOrDefault("mp.messaging.incoming." + channel + ".dead-letter-queue.topic",
            properties.get("mp.messaging.connector.smallrye-kafka.dead-letter-queue.topic"));
        if (dlq != null) {
          topics.add(resolve(dlq));
        }
      }
    }
    return topics;
  }

  /** The database name of the default JDBC URL (jdbc:postgresql://localhost:5432/region gives region). */
  String database() {
    String url = resolve(properties.get("quarkus.datasource.jdbc.url"));
    return url.substring(url.lastIndexOf('/') + 1);
  }

  int port() {
    return Integer.parseInt(resolve(properties.get("quarkus.http.port")));
  }
}
