package org.s3coop.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.system.faults.Fixtures.count;
import static org.s3coop.system.faults.Fixtures.processed;
import static org.s3coop.system.faults.Fixtures.seconds;
import static org.s3coop.system.faults.Fixtures.strings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.CloudEventRecords.Event;
import org.s3coop.system.Suite;
import org.s3coop.system.faults.WriteLoad.Kind;
import org.s3coop.system.faults.WriteLoad.Phase;
import org.s3coop.system.faults.WriteLoad.Write;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two instances of each service against the same PostgreSQL and broker, under a mixed write load spread over them
 * by a readiness-polling round-robin {@link Balancer}: one instance of each service killed ({@code kill -9})
 * mid-load, then every instance restarted one at a time (SIGTERM, start, ready) under load. No accepted write is
 * lost, every event reaches its topic and every consumer exactly once, the outbox relay fails over (advisory lock),
 * the consumer groups rebalance and converge, an Idempotency-Key answered by one instance is replayed by the other,
 * and the rolling restart fails no request (readiness DOWN first, in-flight requests finished, consumers committed).
 * Figures: {@code target/reliability/scale-out.md}.
 */
@ExtendWith(Suite.class)
class ScaleOutIT {
    private static final Duration READY = Duration.ofSeconds(240);
    private static final Duration STOP = Duration.ofSeconds(60);
    private static final Duration EVENTUALLY = Duration.ofSeconds(120);
    private static final int WRITES_PER_SECOND = 10;
    private static final List<String> SERVICES = List.of("region-service", "partnership-service", "challenge-service");
    /** What each service publishes. */
    private static final Map<String, String> TOPIC = Map.of("region-service", "s3coop.regions.v1",
            "partnership-service", "s3coop.partnerships.v1", "challenge-service", "s3coop.challenges.v1");
    /** Which services consume each service's events. */
    private static final Map<String, List<String>> CONSUMERS = Map.of(
            "region-service", List.of("partnership-service", "challenge-service"),
            "partnership-service", List.of("region-service", "challenge-service"),
            "challenge-service", List.of("partnership-service"));
    /** Partitions per topic (the broker's num.partitions). */
    private static final int PARTITIONS = 3;

    private final List<Node> seconds = new ArrayList<>();
    /** Consumer duplicates counted by instances that have been stopped or killed since (their meters are gone). */
    private final Map<Node, Long> banked = new ConcurrentHashMap<>();
    /** Starts that crashed and were started again, per instance (none on a machine with CPU to spare). */
    private final Map<String, Integer> crashedStarts = new ConcurrentHashMap<>();

    @AfterEach
    void stopTheSecondInstancesAndHeal() throws Exception {
        for (Node n : seconds) {
            if (n.alive()) {
                n.stop(STOP);
            }
        }
        Suite.heal(READY);
    }

    @Test
    void twoInstancesOfEachServiceSurviveAKillAndARollingRestartUnderLoad() throws Exception {
        Report.measure("scale-out", "Two instances per service under load: kill -9 of one of each, then a rolling restart",
                this::run);
    }

    private void run(Report report) throws Exception {
        long began = System.nanoTime();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String lead = Fixtures.code("QS");
        String member = Fixtures.code("QR");
        String anchor = Fixtures.anchorKnownEverywhere(lead, member, "Scale anchor");
        Map<String, Long> seqBefore = lastSeq();

        List<Node> firsts = SERVICES.stream().map(s -> Node.first(service(s))).toList();
        for (String s : SERVICES) {
            seconds.add(Node.second(service(s)));
        }
        inParallel(seconds, this::start);
        List<Node> all = Stream.concat(firsts.stream(), seconds.stream()).toList();
        report.put("instances", all.size() + " (" + SERVICES.size() + " services × 2), one PostgreSQL, one broker")
                .put("second instances ready (s)", seconds(System.nanoTime() - began));

        try (Balancer balancer = new Balancer(all);
                ConsumerGroups groups = new ConsumerGroups(Suite.kafkaBootstrap(), SERVICES);
                WriteLoad load = new WriteLoad(balancer, run, lead, member, anchor)) {
            awaitGroups(groups, 2, "both instances in every consumer group");
            load.start(WRITES_PER_SECOND);
            report.put("load", WRITES_PER_SECOND + " writes/s (region registered or described anew, partnership proposed, put on hold, "
                    + "blocking challenge raised, in turn), round robin over the ready instances");
            IdempotentCreate region = IdempotentCreate.region(load, firsts.get(0), seconds.get(0));
            IdempotentCreate proposal = IdempotentCreate.proposal(load, lead, member, firsts.get(1), seconds.get(1));
            Awaitility.await("load under way").atMost(EVENTUALLY).until(() -> load.acceptedCount() >= 80);

            killOneOfEach(report, load, groups, firsts, seqBefore);
            rollingRestart(report, load, balancer, Stream.concat(seconds.stream(), firsts.stream()).toList());

            load.phase(Phase.AFTER);
            long accepted = load.acceptedCount();
            Awaitility.await("load after the restart").atMost(EVENTUALLY).until(() -> load.acceptedCount() >= accepted + 20);
            load.stop();
            long stopped = System.nanoTime();
            region.replayedBy(seconds.get(0), "the restarted second instance");
            proposal.replayedBy(firsts.get(1), "the restarted first instance");
            report.put("Idempotency-Key: first answer replayed by the other instance (and after the restart)",
                    "region 201 → 201, same body; proposal 201 → 201, same id; Idempotency-Replayed: true");

            verify(report, load, lead, stopped);
        }
        report.put("starts that crashed and were started again (overloaded machine)", new TreeMap<>(crashedStarts))
                .put("scenario run time (s)", seconds(System.nanoTime() - began));
    }

    /** kill -9 of the first instance of each service while the load runs; what the survivors do, and when. */
    private void killOneOfEach(Report report, WriteLoad load, ConsumerGroups groups, List<Node> victims,
            Map<String, Long> seqBefore) throws Exception {
        Map<String, Long> pendingAtKill = new TreeMap<>();
        for (String s : SERVICES) {
            pendingAtKill.put(s, count(service(s), "select count(*) from outbox_event where status = 'PENDING'"));
        }
        Map<String, Long> seqAtKill = lastSeq();
        OffsetDateTime dbKill = dbNow();
        victims.forEach(this::bank);
        load.phase(Phase.KILL);
        long killedAt = System.nanoTime();
        for (Node n : victims) {
            n.kill();
        }
        report.put("killed (kill -9) mid-load", victims + " — load so far: " + load.acceptedCount() + " accepted writes")
                .put("events waiting in the outboxes just before the kill", pendingAtKill);

        // the outbox relay: the survivors' relays take the advisory lock and publish what was waiting
        Map<String, Double> relayed = new TreeMap<>();
        Awaitility.await("the outbox backlog at the kill published").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    for (String s : SERVICES) {
                        if (!relayed.containsKey(s) && count(service(s),
                                "select count(*) from outbox_event where status = 'PENDING' and seq <= ?", seqAtKill.get(s)) == 0) {
                            relayed.put(s, seconds(System.nanoTime() - killedAt));
                        }
                    }
                    return relayed.size() == SERVICES.size();
                });
        report.put("outbox relay fail-over: kill → every event committed before the kill published (s)", relayed)
                .put("kill → first event published by a surviving relay (ms)", firstPublishedAfter(dbKill));

        // the consumer groups: the killed members leave after the session timeout, their partitions move
        Map<String, Double> rebalanced = new TreeMap<>();
        Awaitility.await("consumer groups rebalanced onto the survivors").atMost(EVENTUALLY)
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    groups.describe().forEach((group, g) -> {
                        if (full(group, g, 1)) {
                            rebalanced.putIfAbsent(group, seconds(System.nanoTime() - killedAt));
                        }
                    });
                    return rebalanced.size() == SERVICES.size();
                });
        report.put("consumer groups: kill → partitions reassigned to the survivor (s)", rebalanced);

        // every event committed before the kill applied by every consumer
        Awaitility.await("consumers converged on the events before the kill").atMost(EVENTUALLY)
                .pollInterval(Duration.ofMillis(100)).until(() -> unapplied(seqBefore, seqAtKill) == 0);
        report.put("consumers: kill → every event committed before the kill applied (s)", seconds(System.nanoTime() - killedAt));

        long restarting = System.nanoTime();
        inParallel(victims, this::start);
        report.put("killed instances started again and ready (s)", seconds(System.nanoTime() - restarting));
        awaitGroups(groups, 2, "the restarted instances back in their consumer groups");
        report.put("kill → groups of two instances again (s)", seconds(System.nanoTime() - killedAt));

        List<Write> during = load.in(Phase.KILL);
        report.put("writes sent from the kill to the restart", during.size())
                .put("… failed, by status (0: in flight to, or sent before the balancer saw, a killed instance; 503: a "
                        + "survivor's database pool busy, Retry-After)", WriteLoad.failures(during));
        assertThat(during.stream().filter(w -> w.failed() && w.status() != 0))
                .as("no other error while an instance of each service is gone").isEmpty();
    }

    /**
     * Restarts every instance under load, one at a time (as a rollout with maxUnavailable 0 does; each service keeps
     * one instance serving): SIGTERM, wait until it is gone, start it again, wait until it is ready. One start at a
     * time also keeps the starting JVM's CPU from stalling the serving instances on a 2-core machine.
     */
    private void rollingRestart(Report report, WriteLoad load, Balancer balancer, List<Node> order) throws Exception {
        long duplicatesBefore = duplicates();
        load.phase(Phase.ROLLING_RESTART);
        long began = System.nanoTime();
        Map<String, String> perNode = new TreeMap<>();
        for (Node n : order) {
            bank(n);
            boolean inRotation = balancer.isReady(n);
            long sigterm = System.nanoTime();
            n.stop(STOP);
            long gone = System.nanoTime();
            // out of the balancer: when it saw readiness DOWN after the SIGTERM (or at once if it was out already)
            Long unready = balancer.lastSeenUnready(n);
            long out = unready != null && unready >= sigterm ? unready - sigterm : inRotation ? Long.MAX_VALUE : 0;
            assertThat(out).as(n + ": out of the balancer within the shutdown delay, while it still serves")
                    .isLessThan(Suite.SHUTDOWN_DELAY.toNanos());
            start(n);
            perNode.put(n.label(), "out of the balancer after " + out / 1_000_000 + " ms, gone after "
                    + seconds(gone - sigterm) + " s, ready again after " + seconds(System.nanoTime() - gone) + " s");
        }
        List<Write> during = load.in(Phase.ROLLING_RESTART);
        report.put("rolling restart (the 6 instances one at a time) took (s)", seconds(System.nanoTime() - began))
                .put("rolling restart per instance (SIGTERM → …)", perNode)
                .put("writes sent during the rolling restart", during.size())
                .put("… answered by (instance: writes)", WriteLoad.perNode(during))
                .put("… failed requests during the rolling restart", during.stream().filter(Write::failed).count())
                .put("… answered 503 by the database, Retry-After (no connection free in time; nothing changed)",
                        during.stream().filter(Write::retryLater).count())
                .put("events redelivered to a consumer during the rolling restart (skipped as duplicates)",
                        duplicates() - duplicatesBefore)
                .put("write latency during the rolling restart, max (ms)",
                        during.stream().mapToLong(Write::millis).max().orElse(0));
        assertThat(during.stream().filter(Write::failed)).as("failed requests during the rolling restart").isEmpty();
    }

    /** After the load: nothing accepted is lost, every event is on its topic and applied once by every consumer. */
    private void verify(Report report, WriteLoad load, String lead, long stopped) throws Exception {
        List<Write> writes = load.writes();
        report.put("writes sent", writes.size()).put("accepted (2xx)", load.acceptedCount())
                .put("failed, by status (0: no answer)", WriteLoad.failures(writes))
                .put("writes per instance", WriteLoad.perNode(writes));
        // before the kill and after the restart: two healthy instances each; a 503 (a pool with no connection free in
        // time on an overloaded machine: Retry-After, nothing changed) is reported above, anything else fails
        assertThat(load.in(Phase.STEADY).stream().filter(Write::failed))
                .as("failed writes before the kill").isEmpty();
        assertThat(load.in(Phase.AFTER).stream().filter(Write::failed))
                .as("failed writes after the restart").isEmpty();

        // what committed: every accepted write (and possibly some that were in flight to a killed instance)
        String like = load.prefix() + "%";
        List<String> regions = strings(Suite.region(), "select code from region where name like ?", like);
        List<String> partnerships = strings(Suite.partnership(), "select id::text from partnership where title like ?", like);
        List<String> held = strings(Suite.partnership(),
                "select id::text from partnership where title like ? and status = 'ON_HOLD'", like);
        List<String> challenges = strings(Suite.challenge(), "select id::text from challenge where title like ?", like);
        assertThat(regions).as("accepted regions").containsAll(load.accepted(Kind.REGION));
        assertThat(partnerships).as("accepted proposals").containsAll(load.accepted(Kind.PROPOSAL));
        assertThat(held).as("accepted holds").containsAll(load.accepted(Kind.HOLD));
        assertThat(challenges).as("accepted challenges").containsAll(load.accepted(Kind.CHALLENGE));
        report.put("committed: regions / partnerships (on hold) / challenges", regions.size() + " / " + partnerships.size()
                + " (" + held.size() + ") / " + challenges.size());

        Map<String, List<String>> keys = Map.of("region-service", regions, "partnership-service", partnerships,
                "challenge-service", challenges);
        Map<String, List<String>> events = new HashMap<>();
        for (String producer : SERVICES) {
            events.put(producer, Fixtures.outboxIds(service(producer), keys.get(producer)));
        }
        Awaitility.await("outboxes drained and every consumer caught up").atMost(EVENTUALLY)
                .pollInterval(Duration.ofMillis(200)).until(() -> unpublished(keys) == 0 && unapplied(events) == 0);
        report.put("load stopped → outboxes drained and every consumer caught up (s)", seconds(System.nanoTime() - stopped));

        // every event on its topic (duplicates: records the relay sent again after the kill, at-least-once)
        int onTopics = 0;
        int duplicateRecords = 0;
        for (String producer : SERVICES) {
            Set<String> ids = Set.copyOf(events.get(producer));
            Set<String> producerKeys = Set.copyOf(keys.get(producer));
            try (CloudEventRecords topic = new CloudEventRecords(Suite.kafkaBootstrap(), TOPIC.get(producer))) {
                List<Event> records = Awaitility.await(TOPIC.get(producer) + ": every committed event").atMost(EVENTUALLY)
                        .until(() -> topic.drain(e -> producerKeys.contains(e.key()), Duration.ofMillis(200)),
                                seen -> seen.stream().map(Event::id).collect(Collectors.toSet()).containsAll(ids));
                Set<String> distinct = records.stream().map(Event::id).collect(Collectors.toSet());
                assertThat(distinct).as(TOPIC.get(producer) + ": every committed event, nothing else").isEqualTo(ids);
                onTopics += distinct.size();
                duplicateRecords += records.size() - distinct.size();
            }
        }
        long applied = 0;
        long expected = 0;
        for (String producer : SERVICES) {
            for (String consumer : CONSUMERS.get(producer)) {
                applied += processed(service(consumer), events.get(producer));
                expected += events.get(producer).size();
                assertThat(Fixtures.processedTwice(service(consumer), events.get(producer))).isZero();
            }
        }
        report.put("events committed = on the topics (distinct ids)", onTopics)
                .put("records on the topics twice (relay re-sent after the kill; consumers skip them)", duplicateRecords)
                .put("consumer applications expected / recorded once (processed_event)", expected + " / " + applied)
                .put("redeliveries consumers skipped as already applied, whole run", duplicates());
        assertThat(applied).isEqualTo(expected);

        // the read models hold exactly what was written
        assertThat(count(Suite.partnership(), "select count(*) from known_region where code = any(?)",
                (Object) Fixtures.array(regions))).isEqualTo(regions.size());
        assertThat(count(Suite.challenge(), "select count(*) from known_region where code = any(?)",
                (Object) Fixtures.array(regions))).isEqualTo(regions.size());
        assertThat(count(Suite.partnership(), "select count(*) from tracked_challenge where blocking and id = any(?)",
                (Object) Fixtures.array(challenges))).isEqualTo(challenges.size());
        Map<String, Long> versions = versions(Suite.partnership(), "select id::text, version from partnership "
                + "where id::text = any(?)", partnerships);
        assertThat(versions(Suite.challenge(), "select id, version from known_partnership where id = any(?)", partnerships))
                .as("challenge-service's partnerships at their last version").isEqualTo(versions);
        assertThat(versions(Suite.region(), "select partnership_id::text, version from partnership_seen "
                + "where partnership_id::text = any(?)", partnerships))
                .as("region-service's partnerships at their last version").isEqualTo(versions);
        JsonNode leadRegion = Api.get(Suite.region(), "/api/v1/regions/" + lead).body();
        assertThat(leadRegion.at("/cooperation/onHold").asInt()).isEqualTo(held.size());
        assertThat(leadRegion.at("/cooperation/activePartnerships").asInt())
                .as("the run's active partnerships and the anchor").isEqualTo(partnerships.size() - held.size() + 1);
        report.put("read models (known regions, partnerships at their last version, blocking challenges, cooperation "
                + "profile)", "exactly what was committed");
    }

    // ---- the databases

    private static Suite.Service service(String name) {
        return Suite.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The last outbox position of each producer. */
    private static Map<String, Long> lastSeq() throws SQLException {
        Map<String, Long> seq = new HashMap<>();
        for (String s : SERVICES) {
            seq.put(s, count(service(s), "select coalesce(max(seq), 0) from outbox_event"));
        }
        return seq;
    }

    private static OffsetDateTime dbNow() throws SQLException {
        try (Connection c = Suite.jdbc(Suite.region()); PreparedStatement ps = c.prepareStatement("select clock_timestamp()");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class);
        }
    }

    /** Milliseconds from the kill (database clock) to the first publication after it, per producer. */
    private static Map<String, Long> firstPublishedAfter(OffsetDateTime kill) throws SQLException {
        Map<String, Long> first = new TreeMap<>();
        for (String s : SERVICES) {
            try (Connection c = Suite.jdbc(service(s)); PreparedStatement ps = c.prepareStatement(
                    "select min(published_at) from outbox_event where published_at > ?")) {
                ps.setObject(1, kill);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
                    first.put(s, at == null ? null : Duration.between(kill, at).toMillis());
                }
            }
        }
        return first;
    }

    /** Events of each producer between two outbox positions that a consumer of them has not applied yet. */
    private static long unapplied(Map<String, Long> from, Map<String, Long> to) throws SQLException {
        Map<String, List<String>> events = new HashMap<>();
        for (String s : SERVICES) {
            events.put(s, strings(service(s), "select event_id::text from outbox_event where seq > ? and seq <= ?",
                    from.get(s), to.get(s)));
        }
        return unapplied(events);
    }

    private static long unapplied(Map<String, List<String>> events) throws SQLException {
        long missing = 0;
        for (String producer : SERVICES) {
            for (String consumer : CONSUMERS.get(producer)) {
                missing += events.get(producer).size() - processed(service(consumer), events.get(producer));
            }
        }
        return missing;
    }

    private static long unpublished(Map<String, List<String>> keys) throws SQLException {
        long waiting = 0;
        for (String s : SERVICES) {
            waiting += count(service(s), "select count(*) from outbox_event where status <> 'PUBLISHED' and record_key = any(?)",
                    (Object) Fixtures.array(keys.get(s)));
        }
        return waiting;
    }

    private static Map<String, Long> versions(Suite.Service service, String sql, List<String> ids) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (Connection c = Suite.jdbc(service); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", Fixtures.array(ids)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return versions;
    }

    // ---- consumer groups and duplicates

    /** Whether a service's group has {@code instances} instances' consumers with every partition assigned. */
    private static boolean full(String group, ConsumerGroups.Group g, int instances) {
        int topics = group.equals("region-service") ? 1 : 2;
        return g.members() == instances * topics && g.assignedPartitions() == topics * PARTITIONS;
    }

    private static void awaitGroups(ConsumerGroups groups, int instances, String what) {
        Awaitility.await(what).atMost(EVENTUALLY).pollInterval(Duration.ofMillis(200))
                .until(() -> groups.describe().entrySet().stream().allMatch(e -> full(e.getKey(), e.getValue(), instances)));
    }

    /** Starts an instance and waits until it is ready, counting the starts that crashed (an overloaded machine). */
    private void start(Node n) throws Exception {
        int attempts = n.start(READY);
        if (attempts > 1) {
            crashedStarts.merge(n.label(), attempts - 1, Integer::sum);
        }
    }

    /** Banks what an instance's consumers counted as duplicates before it stops (its meters go with it). */
    private void bank(Node n) {
        banked.merge(n, scrapeDuplicates(n), Long::sum);
    }

    /** Redeliveries skipped as duplicates by every instance, over their lifetimes so far. */
    private long duplicates() {
        long total = banked.values().stream().mapToLong(Long::longValue).sum();
        for (Node n : Stream.concat(seconds.stream(), SERVICES.stream().map(s -> Node.first(service(s)))).toList()) {
            total += n.alive() ? scrapeDuplicates(n) : 0;
        }
        return total;
    }

    private static long scrapeDuplicates(Node n) {
        Api.Reply metrics = Api.get(n.endpoint(), "/q/metrics");
        if (metrics.status() != 200) {
            return 0;
        }
        return Math.round(metrics.text().lines().filter(l -> l.startsWith("s3coop_consumer_duplicates_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum());
    }

    // ---- helpers

    @FunctionalInterface
    private interface NodeAction {
        void run(Node n) throws Exception;
    }

    private static void inParallel(List<Node> nodes, NodeAction action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Node n : nodes) {
                done.add(pool.submit(() -> {
                    action.run(n);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    throw (Error) e.getCause();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A create sent with an Idempotency-Key to one instance, and the same request replayed on another: the recorded
     * first answer comes back (same status, Location and body), marked replayed, and nothing is created twice.
     */
    private record IdempotentCreate(String path, String body, String key, Api.Reply first) {
        static IdempotentCreate region(WriteLoad load, Node first, Node other) {
            return send("/api/v1/regions", load.regionBody(Fixtures.code("QS")), first).replayedBy(other, "the other instance");
        }

        static IdempotentCreate proposal(WriteLoad load, String lead, String member, Node first, Node other) {
            return send("/api/v1/partnerships", Fixtures.proposalBody(load.title(), lead, member), first)
                    .replayedBy(other, "the other instance");
        }

        private static IdempotentCreate send(String path, String body, Node node) {
            String key = UUID.randomUUID().toString();
            Api.Reply first = post(node, path, body, key);
            assertThat(first.status()).as(first.text()).isEqualTo(201);
            assertThat(first.header("Idempotency-Replayed")).isNull();
            return new IdempotentCreate(path, body, key, first);
        }

        /** POSTs with the key, sent again while the answer is 503 (as a client does: the key makes it safe). */
        private static Api.Reply post(Node node, String path, String body, String key) {
            return Awaitility.await("an answer other than 503 from " + node).atMost(EVENTUALLY)
                    .pollInterval(Duration.ofMillis(500)).until(() -> Api.writeWithHeaders("POST", node.endpoint(), path,
                            Fixtures.ADMIN, body, Map.of("Idempotency-Key", key)), r -> r.status() != 503);
        }

        IdempotentCreate replayedBy(Node node, String which) {
            Api.Reply again = post(node, path, body, key);
            assertThat(again.status()).as(which + ": " + again.text()).isEqualTo(first.status());
            assertThat(again.header("Idempotency-Replayed")).as(which).isEqualTo("true");
            assertThat(again.header("Location")).as(which).isEqualTo(first.header("Location"));
            assertThat(again.body()).as(which).isEqualTo(first.body());
            return this;
        }
    }
}
