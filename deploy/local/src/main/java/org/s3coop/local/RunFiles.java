package org.s3coop.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code .s3coop-local/run/}: the pids of a running stack. When ports are taken they tell whether it is another
 * launcher, or services left behind by a launcher that was killed with SIGKILL.
 */
final class RunFiles {
    private RunFiles() {
    }

    static void writeLauncherPid(Settings settings) throws IOException {
        Files.createDirectories(settings.runDir());
        Files.writeString(settings.runDir().resolve("launcher.pid"), ProcessHandle.current().pid() + "\n");
    }

    static void writeServicePids(Settings settings, List<ServiceProcess> services) throws IOException {
        StringBuilder b = new StringBuilder();
        for (ServiceProcess s : services) {
            b.append(s.pid()).append(' ').append(s.name()).append('\n');
        }
        Files.writeString(settings.runDir().resolve("services.pids"), b.toString());
    }

    static void clear(Settings settings) {
        try {
            Files.deleteIfExists(settings.runDir().resolve("services.pids"));
            Path launcher = settings.runDir().resolve("launcher.pid");
            if (Files.exists(launcher) && Files.readString(launcher).trim()
                    .equals(Long.toString(ProcessHandle.current().pid()))) {
                Files.delete(launcher);
            }
        } catch (IOException e) {
            // best effort
        }
    }

    /**
     * Another launcher of this repository that is still running (its pid file names it). Its command line is
     * truncated by the OS, so it is recognised by the {@code -Ds3coop.root} that run.sh puts in front of the class path.
     */
    static Optional<ProcessHandle> otherLauncher(Settings settings) {
        try {
            Path launcherFile = settings.runDir().resolve("launcher.pid");
            if (Files.exists(launcherFile)) {
                return alive(Files.readString(launcherFile).trim(), "-Ds3coop.root=" + settings.repoRoot)
                        .filter(p -> p.pid() != ProcessHandle.current().pid());
            }
        } catch (IOException | RuntimeException e) {
            // hints only
        }
        return Optional.empty();
    }

    /** Hints about processes of an earlier run that still hold ports. */
    static List<String> describeLeftovers(Settings settings) {
        List<String> lines = new ArrayList<>();
        Optional<ProcessHandle> launcher = otherLauncher(settings);
        if (launcher.isPresent()) {
            lines.add("Another s3coop local stack is running (pid " + launcher.get().pid()
                    + "); stop it with Ctrl-C in its terminal or `kill " + launcher.get().pid() + "`.");
            return lines;
        }
        try {
            Path servicesFile = settings.runDir().resolve("services.pids");
            if (Files.exists(servicesFile)) {
                for (String line : Files.readAllLines(servicesFile)) {
                    String[] parts = line.trim().split(" ", 2);
                    if (parts.length == 2) {
                        alive(parts[0], "quarkus-run.jar").ifPresent(p -> lines.add(parts[1] + " of an earlier run "
                                + "is still running as pid " + p.pid() + " (its launcher was killed); `kill " + p.pid()
                                + "` stops it."));
                    }
                }
            }
            Path postmaster = settings.pgDataDir().resolve("postmaster.pid");
            if (Files.exists(postmaster)) {
                String pid = Files.readAllLines(postmaster).get(0).trim();
                alive(pid, "postgres").ifPresent(p -> lines.add("PostgreSQL of an earlier run is still running as pid "
                        + p.pid() + "; `kill " + p.pid() + "` stops it."));
            }
        } catch (IOException | RuntimeException e) {
            // hints only
        }
        return lines;
    }

    /** Deletes a directory tree (the local stack's home for --reset). */
    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Optional<ProcessHandle> alive(String pid, String commandLinePart) {
        try {
            return ProcessHandle.of(Long.parseLong(pid))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(commandLinePart)).orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
