package org.s3coop.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The objects of one rendered kustomization. */
final class Manifests {

  static final ObjectMapper YAML = new YAMLMapper();

  final String source;
  final List<ObjectNode> objects;

  private Manifests(String source, List<ObjectNode> objects) {
    this.source = source;
    this.objects = objects;
  }

  /** Renders {@code dir} (relative to the module) with kubectl kustomize and parses every document. */
  static Manifests render(String dir) {
    return parse(dir, Kustomize.render(Kustomize.moduleDir().resolve(dir)));
  }

  static Manifests render(Path absoluteDir, String label) {
    return parse(label, Kustomize.render(absoluteDir));
  }

  static Manifests parse(String source, String yaml) {
    List<ObjectNode> objects = new ArrayList<>();
    try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(new YAMLFactory().createParser(yaml))) {
      while (docs.hasNext()) {
        JsonNode doc = docs.next();
        if (doc == null || doc.isNull() || doc.isMissingNode()) {
          continue;
        }
        if (!doc.isObject()) {
          throw new IllegalStateException(source + ": a rendered document is not an object: " + doc);
        }
        objects.add((ObjectNode) doc);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": rendered YAML does not parse", e);
    }
    return new Manifests(source, objects);
  }

  Stream<ObjectNode> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.path("kind").asText()));
  }

  Optional<ObjectNode> find(String kind, String name) {
    return ofKind(kind).filter(o -> name.equals(name(o))).findFirst();
  }

  static String name(JsonNode object) {
    return object.path("metadata").path("name").asText();
  }

  static String id(JsonNode object) {
    return object.path("apiVersion").asText() + "/" + object.path("kind").asText() + " " + name(object);
  }
}
