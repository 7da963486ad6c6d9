package org.s3coop.system.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.s3coop.platform.embedded.FreePorts;
import org.s3coop.system.Suite;

/**
 * One instance of a service in the scale-out scenario: the suite's own (#1) or a second one (#2) on its own port,
 * started from the same jar with the same environment. Both can be killed ({@code kill -9}), stopped gracefully
 * (SIGTERM) and started again on the same port.
 */
final class Node {
    static final int START_ATTEMPTS = 3;
    private final String service;
    private final String database;
    private final int index;
    private final int port;
    private volatile Process process;

    private Node(String service, String database, int index, int port, Process process) {
        this.service = service;
        this.database = database;
        this.index = index;
        this.port = port;
        this.process = process;
    }

    /** The suite's instance of a service. */
    static Node first(Suite.Service s) {
        return new Node(s.name(), s.database(), 1, s.port(), null);
    }

    /** A second instance of a service, on a free port; not started yet ({@link #start}). */
    static Node second(Suite.Service s) {
        return new Node(s.name(), s.database(), 2, FreePorts.next(), null);
    }

    private static Process launch(Suite.Service s, int port) throws IOException {
        return Suite.startVariant(s, s.name() + "-2", Map.of("QUARKUS_HTTP_PORT", String.valueOf(port)));
    }

    String service() {
        return service;
    }

    String label() {
        return service + "#" + index;
    }

    /** The instance as an address for {@link Api}. */
    Suite.Service endpoint() {
        return new Suite.Service(service, database, port, process());
    }

    private Suite.Service suiteService() {
        return Suite.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow();
    }

    private Process process() {
        return index == 1 ? suiteService().process() : process;
    }

    boolean alive() {
        Process p = process();
        return p != null && p.isAlive();
    }

    void awaitReady(Duration within) {
        Suite.awaitReady(endpoint(), within);
    }

    /** kill -9: gone at once, no shutdown hook (no readiness DOWN, no offsets committed, no relay round finished). */
    void kill() throws InterruptedException {
        if (index == 1) {
            Suite.kill(suiteService());
            return;
        }
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(label() + " survived kill -9");
        }
    }

    /** SIGTERM, as Kubernetes stops a pod; waits until the process is gone. */
    void stop(Duration within) throws InterruptedException {
        if (index == 1) {
            Suite.stop(suiteService(), within);
            return;
        }
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(label() + " did not stop within " + within + " after SIGTERM");
        }
    }

    /**
     * Starts the instance again on its port with its environment and waits until it is ready. An instance whose
     * process exits while it starts (on an overloaded machine: Flyway's connection not acquired in time) is started
     * again, as Kubernetes restarts a crashed container, at most {@value #START_ATTEMPTS} times; returns the attempts.
     */
    int start(Duration readyWithin) throws IOException {
        for (int attempt = 1;; attempt++) {
            try {
                if (index == 1) {
                    Suite.restart(suiteService(), readyWithin);
                } else {
                    process = launch(suiteService(), port);
                    awaitReady(readyWithin);
                }
                return attempt;
            } catch (IllegalStateException e) {
                if (alive() || attempt == START_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public String toString() {
        return label();
    }
}
