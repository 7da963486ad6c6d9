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

    /** A second instance of a service, started now on a free port (not waited for). */
    static Node second(Suite.Service s) throws IOException {
        int port = FreePorts.next();
        return new Node(s.name(), s.database(), 2, port, launch(s, port));
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
        return process().isAlive();
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

    /** Starts the instance again on its port with its environment and waits until it is ready. */
    void start(Duration readyWithin) throws IOException {
        if (index == 1) {
            Suite.restart(suiteService(), readyWithin);
            return;
        }
        process = launch(suiteService(), port);
        awaitReady(readyWithin);
    }

    @Override
    public String toString() {
        return label();
    }
}
