package org.s3coop.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.system.faults.Fixtures.count;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.CloudEventSender;
import org.s3coop.system.Suite;

/**
 * On the real partnership topic, as the packaged region- and challenge-service read it: an event delivered twice,
 * an older version arriving after a newer one, and a poison record between them. Both read models end at the newest
 * version, each event id is recorded once, the poison record lands in each consumer's dead-letter topic with its
 * reason, and the event after it is applied (consumption goes on). The per-service tests cover the same rules in
 * depth; this checks them on the assembled suite.
 */
@ExtendWith(Suite.class)
class EventDeliveryIT {
    private static final String TOPIC = "s3coop.partnerships.v1";
    private static final String SOURCE = "/s3coop/partnership-service";

    private static String event(String id, String lead, String member, String stage, String status, long version) {
        return """
                {"id":"%s","title":"Injected","leadRegion":"%s","stage":"%s","status":"%s","version":%d,
                 "members":[{"regionCode":"%s","role":"lead","contribution":"x"},
                            {"regionCode":"%s","role":"partner","contribution":"y"}]}"""
                .formatted(id, lead, stage, status, version, lead, member);
    }

    @Test
    void duplicatedLateAndPoisonRecordsLeaveTheReadModelsRight() throws Exception {
        Report.measure("event-delivery", "Redelivered, duplicated, out-of-order and poison records", this::run);
    }

    private void run(Report report) throws Exception {
        String partnership = UUID.randomUUID().toString();
        String lead = Fixtures.code("QW");
        String member = Fixtures.code("QY");
        String v1 = UUID.randomUUID().toString();
        String v2 = UUID.randomUUID().toString();
        String v3 = UUID.randomUUID().toString();
        try (CloudEventSender sender = new CloudEventSender(Suite.kafkaBootstrap())) {
            sender.send(TOPIC, v2, SOURCE, "org.s3coop.partnership.stage-advanced.v1", partnership,
                    event(partnership, lead, member, "MAPPING", "ACTIVE", 2));
            sender.send(TOPIC, v2, SOURCE, "org.s3coop.partnership.stage-advanced.v1", partnership,
                    event(partnership, lead, member, "MAPPING", "ACTIVE", 2));
            sender.send(TOPIC, v1, SOURCE, "org.s3coop.partnership.proposed.v1", partnership,
                    event(partnership, lead, member, "SCOPING", "ACTIVE", 1));
            sender.sendRaw(TOPIC, partnership, "{\"not\":\"a cloud event\"}");
            sender.send(TOPIC, v3, SOURCE, "org.s3coop.partnership.put-on-hold.v1", partnership,
                    event(partnership, lead, member, "MAPPING", "ON_HOLD", 3));
        }
        List<String> ids = List.of(v1, v2, v3);
        Awaitility.await("both consumers applied the newest version").atMost(Fixtures.EVENTUALLY)
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    assertThat(count(Suite.region(), "select count(*) from partnership_participation "
                            + "where partnership_id = ?::uuid and stage = 'MAPPING' and status = 'ON_HOLD'", partnership))
                            .isEqualTo(2);
                    assertThat(count(Suite.challenge(), "select count(*) from known_partnership where id = ? "
                            + "and version = 3 and stage = 'MAPPING' and status = 'ON_HOLD'", partnership)).isEqualTo(1);
                });
        assertThat(count(Suite.region(), "select count(*) from partnership_seen where partnership_id = ?::uuid "
                + "and version = 3", partnership)).isEqualTo(1);
        assertThat(Fixtures.processed(Suite.region(), ids)).as("region-service: each id once").isEqualTo(3);
        assertThat(Fixtures.processed(Suite.challenge(), ids)).as("challenge-service: each id once").isEqualTo(3);
        for (String dlq : List.of("s3coop.dlq.region-service", "s3coop.dlq.challenge-service")) {
            try (CloudEventRecords dead = new CloudEventRecords(Suite.kafkaBootstrap(), dlq)) {
                List<CloudEventRecords.Event> poison = dead.await(e -> partnership.equals(e.key()), 1, Fixtures.EVENTUALLY);
                assertThat(poison).hasSize(1);
                String reason = poison.get(0).headers().get("dead-letter-reason");
                assertThat(reason).as(dlq).contains("not a CloudEvent");
                report.put(dlq + " reason", reason);
            }
        }
        report.put("records sent (v2, v2 again, v1 late, poison, v3)", 5)
                .put("processed_event rows region / challenge", Fixtures.processed(Suite.region(), ids) + " / "
                        + Fixtures.processed(Suite.challenge(), ids))
                .put("read models end at version", 3);
    }
}
