package org.s3coop.system.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A mixed write load at a fixed rate, spread by the {@link Balancer} over the instances of each service: a region
 * registered (or, once the run's {@value #REGIONS} regions exist, one of them described anew: regions are NUTS codes,
 * of which the suite has a fixed number), a partnership proposed, a proposed partnership put on hold, a blocking challenge raised on the anchor
 * partnership, in turn. Every write is kept with its phase ({@link #phaseOf}), the instance that answered and its
 * status (0: no HTTP answer). Names carry the run's id, so the database shows what this run committed.
 */
final class WriteLoad implements AutoCloseable {
    enum Phase { STEADY, KILL, ROLLING_RESTART, AFTER }

    enum Kind { REGION, PROPOSAL, HOLD, CHALLENGE }

    /**
     * One write: its phase, kind, the instance that answered, status (0: no HTTP answer), duration, the body of a
     * refusal, and whether the refusal is the database's 503 ({@code unavailable} problem+json with Retry-After: no
     * connection free in time on an overloaded machine, nothing changed, the client retries). Any other 503 (a bare
     * one is Quarkus' answer from an instance that is shutting down) counts as a failure.
     */
    record Write(Phase phase, Kind kind, String node, String key, int status, long millis, String error,
            boolean retryLater) {
        boolean accepted() {
            return status >= 200 && status < 300;
        }

        /** Refused for another reason than the database's "retry later". */
        boolean failed() {
            return !accepted() && !retryLater;
        }
    }

    private final Balancer balancer;
    private final String run;
    private final String lead;
    private final String member;
    private final String anchor;
    private final Queue<Write> writes = new ConcurrentLinkedQueue<>();
    private final Queue<String> toHold = new ConcurrentLinkedQueue<>();
    /** The run's regions, each written in turn: registered the first time, described anew afterwards. */
    private final List<String> regions = new ArrayList<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private final AtomicLong regionWrites = new AtomicLong();
    static final int REGIONS = 120;
    private final AtomicLong sent = new AtomicLong();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService clients = Executors.newFixedThreadPool(8);
    private volatile Phase phase = Phase.STEADY;

    WriteLoad(Balancer balancer, String run, String lead, String member, String anchor) {
        this.balancer = balancer;
        this.run = run;
        this.lead = lead;
        this.member = member;
        this.anchor = anchor;
        for (int i = 0; i < REGIONS; i++) {
            regions.add(Fixtures.code("QS"));
        }
    }

    /** Starts sending {@code perSecond} writes a second (handed to 8 clients; none is skipped when they lag). */
    void start(int perSecond) {
        clock.scheduleAtFixedRate(() -> {
            long n = sent.getAndIncrement();
            Phase now = phase;
            clients.submit(() -> writes.add(write(Kind.values()[(int) (n % Kind.values().length)], now)));
        }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    }

    void phase(Phase next) {
        phase = next;
    }

    /** Stops sending and waits for every write in flight to be answered. */
    void stop() throws InterruptedException {
        clock.shutdown();
        clock.awaitTermination(5, TimeUnit.SECONDS);
        clients.shutdown();
        if (!clients.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("writes still unanswered 2 min after the load stopped");
        }
    }

    private Write write(Kind kind, Phase sentIn) {
        String held = kind == Kind.HOLD ? toHold.poll() : null;
        Kind actual = kind == Kind.HOLD && held == null ? Kind.PROPOSAL : kind;
        String service = switch (actual) {
            case REGION -> "region-service";
            case PROPOSAL, HOLD -> "partnership-service";
            case CHALLENGE -> "challenge-service";
        };
        Node node;
        try {
            node = balancer.next(service);
        } catch (IllegalStateException e) {
            return new Write(phaseOf(sentIn), actual, service, null, 0, 0, e.getMessage(), false);
        }
        String key = null;
        Api.Reply reply;
        switch (actual) {
            case REGION -> {
                key = regions.get((int) (regionWrites.getAndIncrement() % REGIONS));
                reply = registered.contains(key) ? null : Api.post(node.endpoint(), "/api/v1/regions", Fixtures.ADMIN,
                        regionBody(key));
                // described anew once registered (409: by a write whose answer was lost with a killed instance)
                if (reply == null || reply.status() == 409) {
                    reply = Api.put(node.endpoint(), "/api/v1/regions/" + key, Fixtures.ADMIN, regionUpdate());
                }
                if (reply.is2xx()) {
                    registered.add(key);
                }
            }
            case PROPOSAL -> {
                reply = Api.post(node.endpoint(), "/api/v1/partnerships", Fixtures.ADMIN,
                        Fixtures.proposalBody(title(), lead, member));
                key = reply.text("id");
                if (reply.is2xx()) {
                    toHold.add(key);
                }
            }
            case HOLD -> {
                key = held;
                reply = Api.post(node.endpoint(), "/api/v1/partnerships/" + key + "/transitions", Fixtures.ADMIN,
                        "{\"action\":\"HOLD\",\"reason\":\"scale-out\"}");
            }
            default -> {
                reply = Api.post(node.endpoint(), "/api/v1/challenges", Fixtures.ADMIN,
                        Fixtures.challengeBody(title(), anchor, "BLOCKING"));
                key = reply.text("id");
            }
        }
        return new Write(phaseOf(sentIn), actual, node.label(), key, reply.status(), reply.millis(),
                reply.is2xx() ? null : reply.text(), databaseBusy(reply));
    }

    /**
     * The phase a write counts in: the one it was answered in, or the kill's if it was sent or answered then (a write
     * sent just before the kill to an instance that is then killed fails during the kill).
     */
    private Phase phaseOf(Phase sentIn) {
        Phase answeredIn = phase;
        return sentIn == Phase.KILL || answeredIn == Phase.KILL ? Phase.KILL : answeredIn;
    }

    String regionBody(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + title() + "\",\"priorities\":"
                + "[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\",\"label\":\"Plastics\"}]}";
    }

    private String regionUpdate() {
        return "{\"name\":\"" + title() + "\",\"priorities\":"
                + "[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\",\"label\":\"Plastics\"}]}";
    }

    /** A name of this run: {@code Scale <run> <uuid>}. */
    String title() {
        return prefix() + UUID.randomUUID();
    }

    /** What every name of this run starts with (for a {@code like} in the databases). */
    String prefix() {
        return "Scale " + run + " ";
    }

    List<Write> writes() {
        return List.copyOf(writes);
    }

    List<Write> in(Phase p) {
        return writes.stream().filter(w -> w.phase() == p).toList();
    }

    /** The keys of the accepted writes of a kind. */
    Set<String> accepted(Kind kind) {
        return writes.stream().filter(w -> w.kind() == kind && w.accepted()).map(Write::key).collect(Collectors.toSet());
    }

    long acceptedCount() {
        return writes.stream().filter(Write::accepted).count();
    }

    /** The database's 503: problem+json of type {@code unavailable}, with Retry-After (platform ProblemMappers). */
    private static boolean databaseBusy(Api.Reply reply) {
        return reply.status() == 503 && reply.isProblem() && reply.retryAfter() != null
                && reply.text("type") != null && reply.text("type").endsWith("/unavailable");
    }

    /** How many writes of the phase were refused, by status (0: no HTTP answer). */
    static Map<Integer, Long> failures(List<Write> writes) {
        return writes.stream().filter(w -> !w.accepted())
                .collect(Collectors.groupingBy(Write::status, TreeMap::new, Collectors.counting()));
    }

    /** Writes per instance that answered them. */
    static Map<String, Long> perNode(List<Write> writes) {
        return writes.stream().collect(Collectors.groupingBy(Write::node, TreeMap::new, Collectors.counting()));
    }

    @Override
    public void close() {
        clock.shutdownNow();
        clients.shutdownNow();
    }
}
