package org.s3coop.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** What the checks render: the base, every overlay, and the prod overlay with each opt-in component. */
final class Targets {

  private static final Map<String, Manifests> CACHE = new ConcurrentHashMap<>();

  private Targets() {
  }

  /** Names relative to the module: "base", "overlays/dev", ..., "overlays/prod+components/service-monitor". */
  static List<String> all() {
    List<String> targets = new ArrayList<>();
    targets.add("base");
    targets.addAll(overlays());
    for (String component : List.of("service-monitor", "grafana-dashboard", "cloudnative-pg-restore")) {
      targets.add("overlays/prod+components/" + component);
    }
    return targets;
  }

  static List<String> overlays() {
    try (Stream<Path> dirs = Files.list(Kustomize.moduleDir().resolve("overlays"))) {
      return dirs.filter(d -> Files.exists(d.resolve("kustomization.yaml")))
          .map(d -> "overlays/" + d.getFileName())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Manifests rendered(String target) {
    return CACHE.computeIfAbsent(target, Targets::render);
  }

  private static Manifests render(String target) {
    if (!target.contains("+")) {
      return Manifests.render(target);
    }
    // An overlay plus an opt-in component: a throw-away kustomization under target/ that combines them.
    String[] parts = target.split("\\+");
    Path dir = Kustomize.moduleDir().resolve("target/kustomize-checks/" + target.replaceAll("[^a-z0-9]+", "-"));
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("kustomization.yaml"), String.join("\n",
          "apiVersion: kustomize.config.k8s.io/v1beta1",
          "kind: Kustomization",
          "resources:",
          "  - " + dir.relativize(Kustomize.moduleDir().resolve(parts[0])),
          "components:",
          "  - " + dir.relativize(Kustomize.moduleDir().resolve(parts[1])),
          ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Manifests.render(dir, target);
  }
}
