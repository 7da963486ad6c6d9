package org.s3coop.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The images the Deployments run: one Dockerfile.jvm per service, packaging the Quarkus fast-jar on a JRE base
 * and running as the non-root user the Deployments expect (no container engine here to build them).
 */
class DockerfilesTest {

  static List<String> services() {
    return Arrays.asList(ServiceConfig.SERVICES);
  }

  @ParameterizedTest
  @MethodSource("services")
  void dockerfilePackagesTheFastJarAndRunsAsNonRootUser185(String service) throws IOException {
    Path dockerfile = Kustomize.repoRoot().resolve(service + "/src/main/docker/Dockerfile.jvm");
    assertThat(dockerfile).exists();
    List<String> instructions = Files.readAllLines(dockerfile).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertThat(instructions).anyMatch(l -> l.matches("FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17(-runtime)?:[0-9.]+")
        || l.matches("FROM (docker\\.io/)?eclipse-temurin:17[0-9.]*-jre.*"));
    for (String part : List.of("lib/", "*.jar", "app/", "quarkus/")) {
      assertThat(instructions).as(service + " copies target/quarkus-app/" + part)
          .anyMatch(l -> l.startsWith("COPY --chown=185 target/quarkus-app/" + part));
    }
    assertThat(instructions).contains("USER 185", "EXPOSE " + ServiceConfig.of(service).port());
    // The Deployment runs it as that user, on the port its ConfigMap sets.
    String deploymentUser = Targets.rendered("overlays/prod").find("Deployment", service).orElseThrow()
        .path("spec").path("template").path("spec").path("securityContext").path("runAsUser").asText();
    assertThat(deploymentUser).isEqualTo("185");
  }
}
