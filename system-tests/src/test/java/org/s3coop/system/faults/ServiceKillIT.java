package org.s3coop.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.system.faults.Fixtures.count;
import static org.s3coop.system.faults.Fixtures.outboxIds;
import static org.s3coop.system.faults.Fixtures.processed;
import static org.s3coop.system.faults.Fixtures.seconds;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.system.Suite;

/**
 * region-service killed with {@code kill -9} while it consumes a burst of partnership events, then started again
 * with the same configuration: its cooperation read model converges to exactly what was written, and no event is
 * recorded as applied twice. Figures: {@code target/reliability/service-kill.md}.
 */
@ExtendWith(Suite.class)
class ServiceKillIT {
    private static final int PARTNERSHIPS = 100;
    /** propose, HOLD, RESUME, HOLD: the last state (ON_HOLD, version 4) is only right if the order was kept. */
    private static final String[] STEPS = { "HOLD", "RESUME", "HOLD" };

    @AfterAll
    static void leaveTheSuiteHealthy() throws Exception {
        Suite.heal(Duration.ofSeconds(120));
    }

    @Test
    void aConsumerKilledMidBurstConvergesAfterRestartWithNothingAppliedTwice() throws Exception {
        Report.measure("service-kill", "region-service killed (kill -9) while consuming a burst", this::run);
    }

    private void run(Report report) throws Exception {
        String lead = Fixtures.code("QN");
        String member = Fixtures.code("QP");
        String first = Fixtures.partnershipOfNewRegions(lead, member, Fixtures.uniqueTitle("Kill anchor"));
        Set<String> partnerships = ConcurrentHashMap.newKeySet();
        partnerships.add(first);
        long before = count(Suite.region(), "select count(*) from processed_event where consumer = 'partnerships'");

        // the burst: 100 partnerships × 4 events, written by 6 clients
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int i = 0; i < PARTNERSHIPS; i++) {
            boolean anchor = i == 0;
            clients.submit(() -> {
                String id = anchor ? first : Fixtures.propose(Fixtures.uniqueTitle("Kill"), lead, member).text("id");
                if (id == null) {
                    refused.incrementAndGet();
                    return;
                }
                partnerships.add(id);
                for (String action : STEPS) {
                    if (!Fixtures.transition(id, "{\"action\":\"" + action + "\",\"reason\":\"burst\"}", null).is2xx()) {
                        refused.incrementAndGet();
                    }
                }
            });
        }
        clients.shutdown();

        // kill -9 once region-service has applied a fifth of the burst
        int burst = PARTNERSHIPS * 4;
        Awaitility.await("region-service consuming the burst").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(20)).until(() -> count(Suite.region(),
                        "select count(*) from processed_event where consumer = 'partnerships'") - before >= burst / 5);
        long killedAt = System.nanoTime();
        Suite.kill(Suite.region());
        Suite.Service restarted;
        long appliedBeforeKill;
        try {
            appliedBeforeKill = count(Suite.region(), "select count(*) from processed_event where consumer = 'partnerships'")
                    - before;
            report.put("events in the burst", burst).put("applied when killed", appliedBeforeKill);
            assertThat(appliedBeforeKill).as("killed in the middle of the burst").isLessThan(burst);
        } finally {
            restarted = Suite.restart(Suite.region(), Duration.ofSeconds(120));
        }
        report.put("kill -9 → ready again (s)", seconds(System.nanoTime() - killedAt));
        assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        assertThat(refused.get()).as("writes refused").isZero();
        assertThat(partnerships).hasSize(PARTNERSHIPS);

        List<String> events = outboxIds(Suite.partnership(), partnerships);
        assertThat(events).hasSize(burst);
        Awaitility.await("cooperation read model converged").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    assertThat(processed(Suite.region(), events)).isEqualTo(burst);
                    assertThat(count(Suite.region(), "select count(*) from partnership_seen where version = 4 "
                            + "and partnership_id::text = any(?)", (Object) Fixtures.array(partnerships)))
                            .isEqualTo(PARTNERSHIPS);
                });
        report.put("converged after the kill (s)", seconds(System.nanoTime() - killedAt));
        assertThat(Fixtures.processedTwice(restarted, events)).isZero();
        // the profile counts each partnership once, in its last state
        Api.Reply leadRegion = Api.get(restarted, "/api/v1/regions/" + lead);
        Api.Reply memberRegion = Api.get(restarted, "/api/v1/regions/" + member);
        assertThat(leadRegion.body().at("/cooperation/onHold").asInt()).isEqualTo(PARTNERSHIPS);
        assertThat(leadRegion.body().at("/cooperation/activePartnerships").asInt()).isZero();
        assertThat(memberRegion.body().at("/cooperation/onHold").asInt()).isEqualTo(PARTNERSHIPS);
        assertThat(count(restarted, "select count(*) from partnership_participation where partnership_id::text = any(?)",
                (Object) Fixtures.array(partnerships))).isEqualTo(2L * PARTNERSHIPS);
        report.put("processed_event rows for the burst", processed(restarted, events)).put("applied twice", 0)
                .put("lead region onHold / active", leadRegion.body().at("/cooperation/onHold").asInt() + " / "
                        + leadRegion.body().at("/cooperation/activePartnerships").asInt());
    }

    @Test
    void aProducerKilledMidWriteLosesNoCommittedEventAndConsumersApplyEachOnce() throws Exception {
        Report.measure("producer-kill", "partnership-service killed (kill -9) while writing and relaying", this::producerKill);
    }

    private void producerKill(Report report) throws Exception {
        String lead = Fixtures.code("QN");
        String member = Fixtures.code("QP");
        String run = java.util.UUID.randomUUID().toString();
        Fixtures.partnershipOfNewRegions(lead, member, "Producer kill " + run + " anchor");
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Set<String> acceptedIds = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 150; i++) {
            clients.submit(() -> {
                Api.Reply proposal = Fixtures.propose("Producer kill " + run + " " + java.util.UUID.randomUUID(), lead, member);
                tally(proposal, accepted, unanswered, refused);
                if (proposal.is2xx()) {
                    acceptedIds.add(proposal.text("id"));
                    tally(Fixtures.transition(proposal.text("id"), "{\"action\":\"HOLD\"}", null), accepted, unanswered,
                            refused);
                }
            });
        }
        clients.shutdown();
        Awaitility.await("writes under way").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                .until(() -> accepted.get() >= 60);
        long killedAt = System.nanoTime();
        Suite.kill(Suite.partnership());
        Suite.Service restarted = Suite.restart(Suite.partnership(), Duration.ofSeconds(120));
        report.put("kill -9 → ready again (s)", seconds(System.nanoTime() - killedAt));
        assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        report.put("writes accepted (2xx)", accepted.get()).put("writes without an answer (connection lost)", unanswered.get())
                .put("writes refused otherwise", refused.get());
        assertThat(refused.get()).as("no write refused with an HTTP error").isZero();

        // what committed: every partnership of this run, each with exactly as many outbox events as its version
        List<String> committed = Fixtures.strings(restarted, "select id::text from partnership where title like ?",
                "Producer kill " + run + "%");
        assertThat(committed).containsAll(acceptedIds);
        assertThat(count(restarted, "select count(*) from partnership p where p.title like ? and p.version <> "
                + "(select count(*) from outbox_event o where o.record_key = p.id::text)", "Producer kill " + run + "%"))
                .as("changes without their event, or events without their change").isZero();
        Awaitility.await("outbox drained after the restart").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100)).until(() -> Fixtures.outboxPending() == 0);
        report.put("outbox drained after the kill (s)", seconds(System.nanoTime() - killedAt));

        List<String> events = outboxIds(restarted, committed);
        Awaitility.await("consumers applied every event").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    assertThat(processed(Suite.region(), events)).isEqualTo(events.size());
                    assertThat(processed(Suite.challenge(), events)).isEqualTo(events.size());
                });
        report.put("events committed", events.size())
                .put("consumer effects (region + challenge) expected / applied", 2 * events.size() + " / "
                        + (processed(Suite.region(), events) + processed(Suite.challenge(), events)));
        try (org.s3coop.platform.testing.CloudEventRecords topic = new org.s3coop.platform.testing.CloudEventRecords(
                Suite.kafkaBootstrap(), "s3coop.partnerships.v1")) {
            Set<String> keys = Set.copyOf(committed);
            topic.await(e -> keys.contains(e.key()), events.size(), Duration.ofSeconds(60));
            List<org.s3coop.platform.testing.CloudEventRecords.Event> onTopic = topic.drain(e -> keys.contains(e.key()),
                    Duration.ofSeconds(1));
            long distinct = onTopic.stream().map(org.s3coop.platform.testing.CloudEventRecords.Event::id).distinct().count();
            report.put("events on the topic (distinct ids)", distinct)
                    .put("duplicate records on the topic (at-least-once after a crash)", onTopic.size() - distinct);
            assertThat(distinct).as("every committed event published").isEqualTo(events.size());
        }
        assertThat(Fixtures.processedTwice(Suite.region(), events) + Fixtures.processedTwice(Suite.challenge(), events))
                .isZero();
        Api.Reply leadRegion = Api.get(Suite.region(), "/api/v1/regions/" + lead);
        long onHold = count(restarted, "select count(*) from partnership where title like ? and status = 'ON_HOLD'",
                "Producer kill " + run + "%");
        long active = committed.size() - onHold;
        assertThat(leadRegion.body().at("/cooperation/onHold").asLong()).isEqualTo(onHold);
        assertThat(leadRegion.body().at("/cooperation/activePartnerships").asLong()).isEqualTo(active);
    }

    private static void tally(Api.Reply reply, AtomicInteger accepted, AtomicInteger unanswered, AtomicInteger refused) {
        if (reply.is2xx()) {
            accepted.incrementAndGet();
        } else if (reply.status() == 0 || reply.status() == 503) {
            unanswered.incrementAndGet();
        } else {
            refused.incrementAndGet();
        }
    }
}
