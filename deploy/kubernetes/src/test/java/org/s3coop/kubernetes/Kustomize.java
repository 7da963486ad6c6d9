package org.s3coop.kubernetes;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** Renders a kustomization with {@code kubectl kustomize} (offline; no cluster needed). Missing kubectl fails. */
final class Kustomize {

  private Kustomize() {
  }

  /** The module directory (deploy/kubernetes). */
  static Path moduleDir() {
    String dir = System.getProperty("s3coop.kubernetes.dir");
    return (dir != null ? Path.of(dir) : Path.of("")).toAbsolutePath().normalize();
  }

  /** The repository root (two levels up from the module). */
  static Path repoRoot() {
    return moduleDir().resolve("../..").normalize();
  }

  static String kubectl() {
    String configured = System.getenv("KUBECTL");
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "kubectl");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return fail("kubectl is not installed (or not on PATH; set KUBECTL to its path): the Kubernetes manifests "
        + "cannot be rendered and checked. Install it: apt-get install -y kubectl (.ci/run does this).");
  }

  /** The output of {@code kubectl kustomize <dir>}; fails the test with kubectl's message if it cannot render. */
  static String render(Path kustomizationDir) {
    List<String> command = List.of(kubectl(), "kustomize", kustomizationDir.toString());
    try {
      Path out = Files.createTempFile("kustomize", ".yaml");
      Path err = Files.createTempFile("kustomize", ".err");
      try {
        Process process = new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          fail(String.join(" ", command) + " did not finish within 120 s");
        }
        if (process.exitValue() != 0) {
          fail(String.join(" ", command) + " failed (exit " + process.exitValue() + "; the manifests need kubectl"
              + " 1.21+ with kustomize v4+ for components):\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      return fail("cannot run " + String.join(" ", command) + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted", e);
    }
  }
}
