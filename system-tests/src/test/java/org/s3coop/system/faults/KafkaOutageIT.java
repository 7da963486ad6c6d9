package org.s3coop.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.system.faults.Fixtures.count;
import static org.s3coop.system.faults.Fixtures.outboxIds;
import static org.s3coop.system.faults.Fixtures.processed;
import static org.s3coop.system.faults.Fixtures.processedTwice;
import static org.s3coop.system.faults.Fixtures.seconds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.CloudEventRecords.Event;
import org.s3coop.system.Suite;

/**
 * Kafka away for 30 s while 1,000 writes are made across the three services: every write keeps its 2xx (events
 * wait in the outbox), and once the broker is back every event reaches the topic and every consumer exactly once,
 * the read models converge and the outboxes drain. Figures: {@code target/reliability/kafka-outage.md}.
 */
@ExtendWith(Suite.class)
class KafkaOutageIT {
    private static final int WRITES = 1000;
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @AfterAll
    static void leaveTheSuiteHealthy() throws Exception {
        Suite.heal(Duration.ofSeconds(120));
    }

    private record Write(int kind, String key, Api.Reply reply) {
    }

    @Test
    void writesDuringABrokerOutageArePublishedAndConsumedExactlyOnceAfterwards() throws Exception {
        Report.measure("kafka-outage", "Kafka away for 30 s during 1,000 writes", this::run);
    }

    private void run(Report report) throws Exception {
        // before: a lead and a member region known to partnership-service, a partnership known to challenge-service
        String lead = Fixtures.code("QK");
        String member = Fixtures.code("QL");
        String p0 = Fixtures.anchorKnownEverywhere(lead, member, "Outage anchor");

        // the outage: 1,000 writes, a third per service, from 6 clients
        ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
        long stopped = System.nanoTime();
        Suite.stopKafka();
        long writesDone;
        try {
            ExecutorService clients = Executors.newFixedThreadPool(6);
            for (int i = 0; i < WRITES; i++) {
                int kind = i % 3;
                clients.submit(() -> {
                    switch (kind) {
                        case 0 -> {
                            String code = Fixtures.code("QM");
                            writes.add(new Write(0, code, Fixtures.registerRegion(code)));
                        }
                        case 1 -> {
                            Api.Reply r = Fixtures.propose(Fixtures.uniqueTitle("Outage"), lead, member);
                            writes.add(new Write(1, r.text("id"), r));
                        }
                        default -> {
                            Api.Reply r = Fixtures.raiseChallenge(Fixtures.uniqueTitle("Outage"), p0, "BLOCKING");
                            writes.add(new Write(2, r.text("id"), r));
                        }
                    }
                });
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).as("1,000 writes within 5 min").isTrue();
            writesDone = System.nanoTime();
            // Kafka being away does not make a service unready
            for (Suite.Service s : Suite.services()) {
                assertThat(Api.get(s, "/q/health/ready").status()).as(s.name() + " ready").isEqualTo(200);
            }
            assertThat(Fixtures.outboxPending()).as("events waiting in the outboxes").isGreaterThanOrEqualTo(WRITES);
            // hold the outage for its full 30 s
            Duration rest = OUTAGE.minusNanos(System.nanoTime() - stopped);
            if (!rest.isNegative()) {
                Awaitility.await("the rest of the outage").pollDelay(rest).atMost(rest.plusSeconds(5)).until(() -> true);
            }
        } finally {
            Suite.startKafka();
        }
        long restarted = System.nanoTime();
        report.put("writes made during the outage", writes.size())
                .put("writes time (s)", seconds(writesDone - stopped))
                .put("broker away (s)", seconds(restarted - stopped));

        List<Write> accepted = writes.stream().filter(w -> w.reply().is2xx()).toList();
        List<Write> refused = writes.stream().filter(w -> !w.reply().is2xx()).toList();
        report.put("accepted (2xx)", accepted.size()).put("refused", refused.size())
                .put("refused statuses", refused.stream().collect(Collectors.groupingBy(w -> w.reply().status(),
                        Collectors.counting())))
                .put("write latency max (ms)", writes.stream().mapToLong(w -> w.reply().millis()).max().orElse(0));
        assertThat(refused).as("every write during the outage is accepted").isEmpty();
        assertThat(accepted).hasSize(WRITES);

        Set<String> regions = keys(accepted, 0);
        Set<String> partnerships = keys(accepted, 1);
        Set<String> challenges = keys(accepted, 2);

        // the outboxes drain
        Awaitility.await("outboxes drained").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> Fixtures.outboxPending() == 0);
        report.put("outbox drain after the broker returned (s)", seconds(System.nanoTime() - restarted));
        assertThat(count(Suite.region(), "select count(*) from outbox_event where status = 'FAILED'")
                + count(Suite.partnership(), "select count(*) from outbox_event where status = 'FAILED'")
                + count(Suite.challenge(), "select count(*) from outbox_event where status = 'FAILED'"))
                .as("no event given up").isZero();

        List<String> regionEvents = outboxIds(Suite.region(), regions);
        List<String> partnershipEvents = outboxIds(Suite.partnership(), partnerships);
        List<String> challengeEvents = outboxIds(Suite.challenge(), challenges);
        assertThat(regionEvents).hasSize(regions.size());
        assertThat(partnershipEvents).hasSize(partnerships.size());
        assertThat(challengeEvents).hasSize(challenges.size());

        // every consumer applies every event exactly once, and the read models hold exactly what was written
        Awaitility.await("read models converged").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertThat(processed(Suite.partnership(), regionEvents)).as("partnership-service: region events")
                            .isEqualTo(regions.size());
                    assertThat(processed(Suite.challenge(), regionEvents)).as("challenge-service: region events")
                            .isEqualTo(regions.size());
                    assertThat(processed(Suite.region(), partnershipEvents)).as("region-service: partnership events")
                            .isEqualTo(partnerships.size());
                    assertThat(processed(Suite.challenge(), partnershipEvents)).as("challenge-service: partnership events")
                            .isEqualTo(partnerships.size());
                    assertThat(processed(Suite.partnership(), challengeEvents)).as("partnership-service: challenge events")
                            .isEqualTo(challenges.size());
                });
        report.put("read models converged after the broker returned (s)", seconds(System.nanoTime() - restarted));

        String[] regionKeys = Fixtures.array(regions);
        assertThat(count(Suite.partnership(), "select count(*) from known_region where code = any(?)", (Object) regionKeys))
                .isEqualTo(regions.size());
        assertThat(count(Suite.challenge(), "select count(*) from known_region where code = any(?)", (Object) regionKeys))
                .isEqualTo(regions.size());
        assertThat(count(Suite.challenge(), "select count(*) from known_partnership where id = any(?)",
                (Object) Fixtures.array(partnerships))).isEqualTo(partnerships.size());
        assertThat(count(Suite.partnership(), "select count(*) from tracked_challenge where blocking and partnership_id = ?",
                p0)).as("open blocking challenges on the anchor partnership").isEqualTo(challenges.size());
        // region-service's cooperation profile counts each partnership once (the anchor plus the 333 proposals)
        Api.Reply leadRegion = Api.get(Suite.region(), "/api/v1/regions/" + lead);
        Api.Reply memberRegion = Api.get(Suite.region(), "/api/v1/regions/" + member);
        assertThat(leadRegion.body().at("/cooperation/asLead/SCOPING").asInt()).isEqualTo(partnerships.size() + 1);
        assertThat(memberRegion.body().at("/cooperation/asMember/SCOPING").asInt()).isEqualTo(partnerships.size() + 1);
        assertThat(leadRegion.body().at("/cooperation/activePartnerships").asInt()).isEqualTo(partnerships.size() + 1);
        long twice = processedTwice(Suite.partnership(), regionEvents) + processedTwice(Suite.challenge(), regionEvents)
                + processedTwice(Suite.region(), partnershipEvents) + processedTwice(Suite.challenge(), partnershipEvents)
                + processedTwice(Suite.partnership(), challengeEvents);
        assertThat(twice).isZero();
        report.put("consumer effects expected / applied", (2 * regions.size() + 2 * partnerships.size() + challenges.size())
                + " / " + (processed(Suite.partnership(), regionEvents) + processed(Suite.challenge(), regionEvents)
                        + processed(Suite.region(), partnershipEvents) + processed(Suite.challenge(), partnershipEvents)
                        + processed(Suite.partnership(), challengeEvents)))
                .put("events applied twice", twice);

        // on the topics: every accepted write's event, each once
        Map<String, Set<String>> topics = Map.of("s3coop.regions.v1", regions, "s3coop.partnerships.v1", partnerships,
                "s3coop.challenges.v1", challenges);
        int delivered = 0;
        int duplicates = 0;
        for (Map.Entry<String, Set<String>> topic : topics.entrySet()) {
            try (CloudEventRecords records = new CloudEventRecords(Suite.kafkaBootstrap(), topic.getKey())) {
                List<Event> events = records.await(e -> topic.getValue().contains(e.key()), topic.getValue().size(),
                        Duration.ofSeconds(60));
                events = records.drain(e -> topic.getValue().contains(e.key()), Duration.ofSeconds(1));
                Set<String> ids = new HashSet<>();
                List<String> again = new ArrayList<>();
                for (Event e : events) {
                    if (!ids.add(e.id())) {
                        again.add(e.id());
                    }
                }
                assertThat(events.stream().map(Event::key).collect(Collectors.toSet())).isEqualTo(topic.getValue());
                delivered += ids.size();
                duplicates += again.size();
            }
        }
        report.put("events on the topics (distinct ids)", delivered).put("duplicate records on the topics", duplicates);
        assertThat(delivered).isEqualTo(WRITES);
        assertThat(duplicates).as("records published twice").isZero();
    }

    private static Set<String> keys(List<Write> writes, int kind) {
        return writes.stream().filter(w -> w.kind() == kind).map(Write::key).collect(Collectors.toSet());
    }
}
