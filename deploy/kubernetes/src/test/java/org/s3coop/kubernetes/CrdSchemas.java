package org.s3coop.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Custom resources against the openAPIV3Schema of their CustomResourceDefinition, kept in the repository under
 * {@code deploy/kubernetes/schemas/}: the released CRDs of CloudNativePG, Strimzi and the Prometheus Operator,
 * byte for byte (see the README files there).
 *
 * <p>Follows what the API server does with a structural schema under strict field validation (kubectl's default):
 * a field that the schema neither declares nor lets through ({@code additionalProperties},
 * {@code x-kubernetes-preserve-unknown-fields}) is an error, as are wrong types, values outside an {@code enum},
 * {@code minimum}/{@code maximum}, a {@code pattern}, missing {@code required} fields and failed
 * {@code oneOf}/{@code anyOf}/{@code allOf}/{@code not}. The object's {@code metadata} is checked as a Kubernetes
 * ObjectMeta. Not evaluated: CEL rules ({@code x-kubernetes-validations}) and {@code format}.
 */
final class CrdSchemas {

  private final Map<String, JsonNode> schemas = new HashMap<>();

  private CrdSchemas() {
  }

  static CrdSchemas load(Path dir) {
    CrdSchemas crds = new CrdSchemas();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        try (MappingIterator<JsonNode> docs = Manifests.YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
          while (docs.hasNext()) {
            JsonNode doc = docs.next();
            if (!"CustomResourceDefinition".equals(doc.path("kind").asText())) {
              continue;
            }
            JsonNode spec = doc.path("spec");
            String group = spec.path("group").asText();
            String kind = spec.path("names").path("kind").asText();
            for (JsonNode version : spec.path("versions")) {
              JsonNode schema = version.path("schema").path("openAPIV3Schema");
              if (!schema.isMissingNode() && version.path("served").asBoolean(true)) {
                crds.schemas.put(group + "/" + version.path("name").asText() + "/" + kind, schema);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CRD schemas in " + dir, e);
    }
    return crds;
  }

  int size() {
    return schemas.size();
  }

  boolean knows(JsonNode object) {
    return schemas.containsKey(key(object));
  }

  private static String key(JsonNode object) {
    return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
  }

  List<String> validate(ObjectNode object) {
    JsonNode schema = schemas.get(key(object));
    List<String> errors = new ArrayList<>();
    if (schema == null) {
      errors.add("no CRD schema for " + key(object));
      return errors;
    }
    // A CRD declares metadata as a bare object: it is checked below as a Kubernetes ObjectMeta instead.
    ObjectNode withoutMetadata = object.deepCopy();
    if (withoutMetadata.has("metadata")) {
      withoutMetadata.putObject("metadata");
    }
    new SchemaChecker(ref -> null).check(schema, withoutMetadata, "", errors);
    JsonNode metadata = object.path("metadata");
    if (!metadata.isObject()) {
      errors.add("/metadata: missing");
    } else {
      KubernetesSchemas.validateMetadata(metadata).forEach(e -> errors.add("/metadata" + e));
    }
    return errors;
  }

}
