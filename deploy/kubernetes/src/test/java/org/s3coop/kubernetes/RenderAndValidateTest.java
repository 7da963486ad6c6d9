package org.s3coop.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kustomization renders with kubectl kustomize, and every rendered object conforms to its schema: built-in
 * kinds to the Kubernetes OpenAPI definitions, Strimzi, CloudNativePG and Prometheus Operator resources to their
 * operators' CRDs in schemas/. An object of a kind that neither knows fails too.
 */
class RenderAndValidateTest {

  static CrdSchemas crds;

  @BeforeAll
  static void loadCrds() {
    crds = CrdSchemas.load(Kustomize.moduleDir().resolve("schemas"));
  }

  static List<String> targets() {
    return Targets.all();
  }

  @Test
  void thereAreOverlaysDevAndProdAndTheCrdSchemas() {
    assertThat(Targets.overlays()).contains("overlays/dev", "overlays/prod");
    assertThat(crds.size()).as("CRD versions loaded from schemas/").isGreaterThanOrEqualTo(8);
  }

  @ParameterizedTest
  @MethodSource("targets")
  void rendersAndEveryObjectConformsToItsSchema(String target) {
    Manifests manifests = Targets.rendered(target);
    assertThat(manifests.objects).as(target + " renders objects").isNotEmpty();

    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ObjectNode object : manifests.objects) {
      String id = Manifests.id(object);
      if (!ids.add(object.path("kind").asText() + "/" + Manifests.name(object))) {
        problems.add(id + ": rendered twice");
      }
      if (Manifests.name(object).isEmpty()) {
        problems.add(id + ": no metadata.name");
      }
      List<String> errors;
      if (crds.knows(object)) {
        errors = crds.validate(object);
      } else if (KubernetesSchemas.knows(object)) {
        errors = KubernetesSchemas.validate(object);
      } else {
        errors = List.of("no schema for this kind: neither a Kubernetes type nor a CRD in schemas/");
      }
      errors.forEach(e -> problems.add(id + ": " + e));
    }
    assertThat(problems).as(target + ": schema violations").isEmpty();
  }

  @Test
  void overlaysAreNamespacedAndBaseIsNot() {
    for (String overlay : Targets.overlays()) {
      for (ObjectNode object : Targets.rendered(overlay).objects) {
        assertThat(object.path("metadata").path("namespace").asText())
            .as(overlay + ": namespace of " + Manifests.id(object)).isNotEmpty();
      }
    }
    assertThat(Targets.rendered("base").objects)
        .allSatisfy(o -> assertThat(o.path("metadata").has("namespace")).isFalse());
  }
}
