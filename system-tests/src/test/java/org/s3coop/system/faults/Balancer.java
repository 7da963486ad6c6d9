package org.s3coop.system.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The scale-out scenario's load balancer, as a Kubernetes Service or an ingress would be, only faster: it polls
 * every instance's readiness ({@code /q/health/ready}) every {@value #POLL_MILLIS} ms and sends each request to the
 * next ready instance of the service, round robin. It never retries a request: a request sent to an instance that
 * cannot answer counts as failed.
 */
final class Balancer implements AutoCloseable {
    static final long POLL_MILLIS = 250;
    private static final Duration NONE_READY_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, List<Node>> nodes;
    private final Map<Node, Boolean> ready = new ConcurrentHashMap<>();
    private final Map<Node, AtomicBoolean> polling = new ConcurrentHashMap<>();
    /** When the balancer last saw each instance go from ready to unready (System.nanoTime). */
    private final Map<Node, Long> lastSeenUnready = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> turn = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "balancer-readiness");
        t.setDaemon(true);
        return t;
    });

    Balancer(List<Node> all) {
        this.nodes = all.stream().collect(Collectors.groupingBy(Node::service));
        all.forEach(n -> {
            ready.put(n, false);
            polling.put(n, new AtomicBoolean());
        });
        poller.scheduleAtFixedRate(this::pollAll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void pollAll() {
        ready.keySet().forEach(this::poll);
    }

    private void poll(Node node) {
        if (!polling.get(node).compareAndSet(false, true)) {
            return;
        }
        HttpRequest probe = HttpRequest.newBuilder(URI.create(node.endpoint().url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(1)).build();
        http.sendAsync(probe, HttpResponse.BodyHandlers.discarding()).whenComplete((r, failure) -> {
            boolean up = failure == null && r.statusCode() == 200;
            Boolean was = ready.put(node, up);
            if (Boolean.TRUE.equals(was) && !up) {
                lastSeenUnready.put(node, System.nanoTime());
            }
            if (up) {
                synchronized (this) {
                    notifyAll();
                }
            }
            polling.get(node).set(false);
        });
    }

    /** The next ready instance of the service; waits while none is (a whole service down fails the scenario). */
    Node next(String service) {
        List<Node> candidates = nodes.get(service);
        long deadline = System.nanoTime() + NONE_READY_TIMEOUT.toNanos();
        synchronized (this) {
            while (true) {
                List<Node> up = candidates.stream().filter(ready::get).toList();
                if (!up.isEmpty()) {
                    return up.get(Math.floorMod(turn.computeIfAbsent(service, s -> new AtomicInteger()).getAndIncrement(),
                            up.size()));
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no instance of " + service + " ready for " + NONE_READY_TIMEOUT);
                }
                try {
                    wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    boolean isReady(Node node) {
        return ready.get(node);
    }

    /** When the balancer last saw the instance become unready (System.nanoTime), or null. */
    Long lastSeenUnready(Node node) {
        return lastSeenUnready.get(node);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
