package org.s3coop.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one image recipe of the services, deploy/docker/Dockerfile.jvm, checked statically: no container engine (and
 * no hadolint) can be had where s3coop is built, so this test reads its instructions. What it cannot check (that
 * the image builds, the training start, the archive's effect) is listed in docs/operations.md, "Images".
 */
class DockerfilesTest {

  static final Path DOCKERFILE = Kustomize.repoRoot().resolve("deploy/docker/Dockerfile.jvm");
  static List<String> instructions;
  static String text;

  @BeforeAll
  static void read() throws IOException {
    text = Files.readString(DOCKERFILE);
    instructions = instructions(text);
  }

  /** One string per instruction: comments dropped, continuation lines joined. */
  static List<String> instructions(String dockerfile) {
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : dockerfile.split("\n")) {
      String l = line.strip();
      if (l.startsWith("#") || (l.isEmpty() && current.length() == 0)) {
        continue;
      }
      boolean continues = l.endsWith("\\");
      current.append(continues ? l.substring(0, l.length() - 1).strip() : l).append(continues ? " " : "");
      if (!continues) {
        result.add(current.toString().strip());
        current.setLength(0);
      }
    }
    return result;
  }

  private static List<String> all(String keyword) {
    return instructions.stream().filter(i -> i.startsWith(keyword + " ")).toList();
  }

  @Test
  void thereIsOneDockerfileForTheThreeServices() throws IOException {
    assertThat(DOCKERFILE).exists();
    for (String service : ServiceConfig.SERVICES) {
      Path docker = Kustomize.repoRoot().resolve(service + "/src/main/docker");
      if (Files.isDirectory(docker)) {
        try (Stream<Path> files = Files.list(docker)) {
          assertThat(files.map(Path::getFileName).map(Path::toString)).as(service + ": no Dockerfile of its own")
              .noneMatch(f -> f.startsWith("Dockerfile"));
        }
      }
    }
    assertThat(all("ARG")).contains("ARG SERVICE", "ARG PORT");
  }

  @Test
  void theBaseImageIsPinnedToARelease() {
    List<String> from = all("FROM");
    assertThat(from).containsExactly("FROM ${BASE_IMAGE}");
    String base = all("ARG").stream().filter(a -> a.startsWith("ARG BASE_IMAGE=")).findFirst().orElseThrow()
        .substring("ARG BASE_IMAGE=".length());
    Matcher m = Pattern.compile("([a-z0-9.\\-]+/)+[a-z0-9.\\-]+:([0-9][0-9.]*)(@sha256:[0-9a-f]{64})?").matcher(base);
    assertThat(m.matches()).as("registry/name:<version>[@sha256:...], not latest: " + base).isTrue();
    // The Deployments' JAVA_MAX_MEM_RATIO and the entrypoint come from this image family.
    assertThat(base).startsWith("registry.access.redhat.com/ubi9/openjdk-17-runtime:");
    assertThat(instructions.get(instructions.size() - 1))
        .as("exec-form entrypoint: signals reach the JVM").isEqualTo("ENTRYPOINT [ \"/opt/jboss/container/java/run/run-java.sh\" ]");
  }

  @Test
  void itRunsAsTheNonRootUserTheDeploymentsExpect() {
    List<String> users = all("USER");
    assertThat(users).isNotEmpty();
    String user = users.get(users.size() - 1).substring("USER ".length());
    assertThat(user).isNotIn("0", "root").matches("[1-9][0-9]*");
    for (String service : ServiceConfig.SERVICES) {
      JsonNode pod = Targets.rendered("overlays/prod").find("Deployment", service).orElseThrow()
          .path("spec").path("template").path("spec");
      assertThat(pod.path("securityContext").path("runAsUser").asText()).as(service + " runAsUser").isEqualTo(user);
    }
    for (String part : List.of("lib/", "*.jar", "app/", "quarkus/")) {
      assertThat(instructions).as("copies target/quarkus-app/" + part + " owned by " + user)
          .anyMatch(l -> l.startsWith("COPY --chown=" + user + " ${SERVICE}/target/quarkus-app/" + part));
    }
    assertThat(instructions.indexOf(users.get(users.size() - 1)))
        .as("the training RUN runs as that user too").isLessThan(indexOf("RUN "));
  }

  @Test
  void nothingIsFetchedFromTheNetworkAndNothingIsAddedFromOutside() {
    assertThat(all("ADD")).as("COPY only: no ADD (of URLs or archives)").isEmpty();
    assertThat(all("RUN")).noneMatch(r -> r.matches(".*\\b(curl|wget|apt-get|dnf|microdnf|yum|pip|npm)\\b.*"));
  }

  @Test
  void anAppCdsArchiveIsBuiltInTheImageAndUsedAtStart() {
    Matcher dump = Pattern.compile("-XX:ArchiveClassesAtExit=(\\S+?)\"?\\s").matcher(String.join("\n", all("RUN")) + " ");
    assertThat(dump.find()).as("a RUN records the archive").isTrue();
    String archive = dump.group(1);
    assertThat(archive).startsWith("/deployments/");
    assertThat(all("RUN")).as("the build checks that the archive maps")
        .anyMatch(r -> r.contains("-XX:SharedArchiveFile=" + archive + " -Xshare:on"));
    String runtimeOptions = lastEnv("JAVA_OPTS_APPEND");
    assertThat(runtimeOptions).contains("-XX:SharedArchiveFile=" + archive).contains("-Xshare:auto")
        .as("nothing written at start: the root filesystem is read-only")
        .doesNotContain("ArchiveClassesAtExit").doesNotContain("AutoCreateSharedArchive");
    assertThat(indexOf("RUN ")).as("archive recorded after the jars are in place").isGreaterThan(indexOf("COPY "));
    // docs/performance.md "Issue 18, stop 28": the training goes through the whole start, not up to the database
    assertThat(all("RUN")).as("the training start skips the migration and stops itself once started")
        .anyMatch(r -> r.contains("-XX:ArchiveClassesAtExit=") && r.contains("S3COOP_CDS_TRAINING=true")
            && r.contains("QUARKUS_FLYWAY_MIGRATE_AT_START=false")
            && r.contains("QUARKUS_HIBERNATE_ORM_DATABASE_START_OFFLINE=true"));
  }

  @Test
  void theImageRunsTheJvmSettingsTheMemoryFiguresWereMeasuredWith() {
    // docs/performance.md "Issue 18, stop 23: memory and start-up": serial collector, metaspace cap, two malloc arenas
    assertThat(lastEnv("GC_CONTAINER_OPTIONS")).isEqualTo("-XX:+UseSerialGC");
    assertThat(lastEnv("GC_MAX_METASPACE_SIZE")).isEqualTo("192");
    assertThat(lastEnv("MALLOC_ARENA_MAX")).isEqualTo("2");
    assertThat(indexOf("ENV GC_CONTAINER_OPTIONS")).as("set before the training start records the archive")
        .isGreaterThan(-1).isLessThan(indexOf("RUN "));
  }

  @Test
  void thePortIsTheServicesAndHealthIsLeftToTheProbes() {
    assertThat(all("EXPOSE")).containsExactly("EXPOSE ${PORT}");
    assertThat(instructions).anyMatch(i -> i.startsWith("ENV ") && i.contains("QUARKUS_HTTP_PORT=\"${PORT}\""));
    assertThat(all("HEALTHCHECK")).isEmpty();
    assertThat(text).contains("/q/health/started").contains("/q/health/live").contains("/q/health/ready");
  }

  @Test
  void theDocumentedBuildsUseEachServicesPortAndTheImageNamesTheManifestsRun() throws IOException {
    JsonNode kustomization = Manifests.YAML.readTree(Kustomize.moduleDir().resolve("base/kustomization.yaml").toFile());
    Map<String, String> tags = new TreeMap<>();
    kustomization.path("images").forEach(i -> tags.put(i.path("name").asText(), i.path("newTag").asText()));
    String operations = Files.readString(Kustomize.repoRoot().resolve("docs/operations.md"));
    Pattern build = Pattern.compile("--build-arg SERVICE=(\\S+) --build-arg PORT=(\\S+) -t (\\S+)");
    for (String source : List.of(text, operations)) {
      Map<String, String> built = new TreeMap<>();
      Matcher m = build.matcher(source);
      while (m.find()) {
        String service = m.group(1);
        assertThat(m.group(2)).as(service + " port").isEqualTo(String.valueOf(ServiceConfig.of(service).port()));
        built.put(service, m.group(3));
      }
      assertThat(built.keySet()).as("a build command per service").containsExactlyInAnyOrder(ServiceConfig.SERVICES);
      for (String service : ServiceConfig.SERVICES) {
        String image = Targets.rendered("base").find("Deployment", service).orElseThrow().path("spec").path("template")
            .path("spec").path("containers").get(0).path("image").asText();
        assertThat(image).isEqualTo("s3coop/" + service + ":" + tags.get("s3coop/" + service));
        if (source == text) {
          assertThat(built.get(service)).as("the tag the base Deployment runs").isEqualTo(image);
        } else {
          assertThat(built.get(service)).as("the image docs/operations.md pushes").endsWith("/s3coop/" + service + ":$TAG");
        }
      }
    }
  }

  private static int indexOf(String prefix) {
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  private static String lastEnv(String name) {
    String found = null;
    for (String env : all("ENV")) {
      Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(env);
      if (m.find()) {
        found = m.group(1);
      }
    }
    assertThat(found).as("ENV " + name).isNotNull();
    return found;
  }
}
