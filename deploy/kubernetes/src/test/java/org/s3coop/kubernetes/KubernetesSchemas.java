package org.s3coop.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Built-in Kubernetes kinds against the Kubernetes OpenAPI (swagger 2.0) definitions that fabric8 ships in
 * {@code io.fabric8:kubernetes-model-validator} ({@code openshift-generated.json}, from Maven Central: the
 * definitions of the Kubernetes 1.34 API the fabric8 7.5 model is generated from, plus OpenShift types), checked
 * with {@link SchemaChecker}: every object schema is closed, so unknown fields fail, and so do wrong types.
 * Custom resources (the ServiceMonitor included) are checked against their operators' CRDs instead: {@link CrdSchemas}.
 */
final class KubernetesSchemas {

  private static final String PREFIX = "#/definitions/";
  private static final JsonNode DEFINITIONS = load();
  private static final SchemaChecker CHECKER =
      new SchemaChecker(ref -> ref.startsWith(PREFIX) ? DEFINITIONS.get(ref.substring(PREFIX.length())) : null);

  private KubernetesSchemas() {
  }

  private static JsonNode load() {
    try (InputStream in = KubernetesSchemas.class.getClassLoader().getResourceAsStream("openshift-generated.json")) {
      if (in == null) {
        throw new IllegalStateException("openshift-generated.json (io.fabric8:kubernetes-model-validator) is not on the classpath");
      }
      return new ObjectMapper().readTree(in).path("definitions");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The definition of an apiVersion and kind: io.k8s.api.core.v1.Service for v1/Service,
   * io.k8s.api.networking.v1.Ingress for networking.k8s.io/v1/Ingress, com.coreos.monitoring.v1.ServiceMonitor for
   * monitoring.coreos.com/v1/ServiceMonitor.
   */
  static String definitionName(JsonNode object) {
    String apiVersion = object.path("apiVersion").asText();
    String kind = object.path("kind").asText();
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    String version = apiVersion.substring(slash + 1);
    List<String> candidates = new ArrayList<>();
    if (group.isEmpty()) {
      candidates.add("io.k8s.api.core");
    } else {
      candidates.add("io.k8s.api." + group.split("\\.")[0]);
      List<String> labels = new ArrayList<>(List.of(group.split("\\.")));
      Collections.reverse(labels);
      candidates.add(String.join(".", labels));
    }
    for (String prefix : candidates) {
      String name = prefix + "." + version + "." + kind;
      JsonNode definition = DEFINITIONS.get(name);
      if (definition != null && definition.path("properties").has("kind") && definition.path("properties").has("apiVersion")) {
        return name;
      }
    }
    return null;
  }

  static boolean hasDefinition(String name) {
    return DEFINITIONS.has(name);
  }

  static boolean hasProperty(String definition, String property) {
    return DEFINITIONS.path(definition).path("properties").has(property);
  }

  static boolean knows(JsonNode object) {
    return definitionName(object) != null;
  }

  /** The errors for one object; empty when it conforms. */
  static List<String> validate(JsonNode object) {
    String name = definitionName(object);
    List<String> errors = new ArrayList<>();
    if (name == null) {
      errors.add("no Kubernetes schema for " + object.path("apiVersion").asText() + "/" + object.path("kind").asText());
      return errors;
    }
    CHECKER.check(DEFINITIONS.get(name), object, "", errors);
    return errors;
  }

  /** Validates an object's metadata as an ObjectMeta (custom resources declare metadata as a bare object). */
  static List<String> validateMetadata(JsonNode metadata) {
    List<String> errors = new ArrayList<>();
    CHECKER.check(DEFINITIONS.get("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"), metadata, "", errors);
    return errors;
  }
}
