package org.s3coop.challenge.events.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.platform.testing.CloudEventRecords;

import io.quarkus.test.junit.QuarkusTest;

/** The read models of regions and partnerships, fed by real records on the real broker. */
@QuarkusTest
class ReadModelConsumerTests {
    static final String DLQ = "s3coop.dlq.challenge-service";

    @Test
    void aRedeliveredRegionEventIsAppliedOnce() throws Exception {
        String code = EventFeed.newRegionCode();
        String eventId = UUID.randomUUID().toString();
        EventFeed.regionEvent(eventId, "org.s3coop.region.registered.v1", code, 5, true, "First");
        EventFeed.awaitRegionVersion(code, 5);
        // the same CloudEvent id again, even with other data, changes nothing
        EventFeed.regionEvent(eventId, "org.s3coop.region.registered.v1", code, 6, false, "Redelivered");
        // a later event on the same key (same partition) tells us the redelivery has been consumed
        String marker = UUID.randomUUID().toString();
        EventFeed.regionEvent(marker, "org.s3coop.region.updated.v1", code, 5, true, "Marker, not newer");
        EventFeed.awaitProcessed("regions", marker);

        assertEquals(5, EventFeed.queryLong("select version from known_region where code = ?", code));
        assertEquals("First", EventFeed.queryString("select name from known_region where code = ?", code));
        assertEquals(1, EventFeed.queryLong("select count(*) from processed_event where consumer = 'regions' and event_id = ?", eventId));
    }

    @Test
    void anOlderRegionEventDoesNotOverwriteANewerOne() throws Exception {
        String code = EventFeed.newRegionCode();
        EventFeed.regionEvent(UUID.randomUUID().toString(), "org.s3coop.region.retired.v1", code, 3, false, "Retired");
        EventFeed.awaitRegionVersion(code, 3);
        String stale = UUID.randomUUID().toString();
        EventFeed.regionEvent(stale, "org.s3coop.region.registered.v1", code, 1, true, "Registered");
        EventFeed.awaitProcessed("regions", stale);
        assertEquals(0, EventFeed.queryLong("select case when active then 1 else 0 end from known_region where code = ?", code));
        assertEquals(3, EventFeed.queryLong("select version from known_region where code = ?", code));
    }

    /**
     * The partnership consumer writes its read model and its {@code processed_event} row in one statement (platform
     * {@code ReadModelStatement}): a redelivered event id, even carrying a newer version, changes nothing.
     */
    @Test
    void aRedeliveredPartnershipEventIsAppliedOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        EventFeed.partnershipEvent(eventId, "org.s3coop.partnership.stage-advanced.v1", id, "MAPPING", "ACTIVE", 2,
                "ES51", "DE21");
        EventFeed.awaitPartnershipVersion(id, 2);
        // the same CloudEvent id again, with a newer version and other data: it would be applied if it were new
        EventFeed.partnershipEvent(eventId, "org.s3coop.partnership.stage-advanced.v1", id, "PILOT", "ON_HOLD", 3,
                "ES51", "DE21", "ITC4");
        // a later event on the same key (same partition), not newer, tells us the redelivery has been consumed
        String marker = UUID.randomUUID().toString();
        EventFeed.partnershipEvent(marker, "org.s3coop.partnership.member-joined.v1", id, "MAPPING", "ACTIVE", 2,
                "ES51", "DE21");
        EventFeed.awaitProcessed("partnerships", marker);

        assertEquals(2, EventFeed.queryLong("select version from known_partnership where id = ?", id));
        assertEquals("MAPPING", EventFeed.queryString("select stage from known_partnership where id = ?", id));
        assertEquals("|DE21|ES51|", EventFeed.queryString("select member_regions from known_partnership where id = ?", id));
        assertEquals(1, EventFeed.queryLong(
                "select count(*) from processed_event where consumer = 'partnerships' and event_id = ?", eventId));
    }

    @Test
    void aPartnershipKeepsItsStageStatusAndMembers() throws Exception {
        String id = UUID.randomUUID().toString();
        EventFeed.partnershipEvent(UUID.randomUUID().toString(), "org.s3coop.partnership.proposed.v1", id, "SCOPING",
                "ACTIVE", 1, "ES51", "DE21");
        EventFeed.awaitPartnershipVersion(id, 1);
        assertEquals("|DE21|ES51|", EventFeed.queryString("select member_regions from known_partnership where id = ?", id));
        EventFeed.partnershipEvent(UUID.randomUUID().toString(), "org.s3coop.partnership.stage-advanced.v1", id, "MAPPING",
                "ACTIVE", 3, "ES51", "DE21", "ITC4");
        EventFeed.awaitPartnershipVersion(id, 3);
        String stale = UUID.randomUUID().toString();
        EventFeed.partnershipEvent(stale, "org.s3coop.partnership.member-joined.v1", id, "SCOPING", "ACTIVE", 2, "ES51");
        EventFeed.awaitProcessed("partnerships", stale);
        assertEquals("MAPPING", EventFeed.queryString("select stage from known_partnership where id = ?", id));
        assertEquals("|DE21|ES51|ITC4|", EventFeed.queryString("select member_regions from known_partnership where id = ?", id));
    }

    @Test
    void aRecordThatCannotBeProcessedGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        String key = "poison-" + UUID.randomUUID();
        // no CloudEvent headers at all
        EventFeed.sendRaw(new ProducerRecord<>(EventFeed.REGIONS, key, "{\"code\":\"ES51\"}"));
        // a CloudEvent whose data has no version
        String partnershipKey = UUID.randomUUID().toString();
        EventFeed.send(EventFeed.PARTNERSHIPS, partnershipKey, UUID.randomUUID().toString(),
                "org.s3coop.partnership.proposed.v1", partnershipKey,
                "{\"id\":\"" + partnershipKey + "\",\"stage\":\"SCOPING\",\"status\":\"ACTIVE\",\"members\":[]}");
        // data that is not JSON
        String garbledKey = EventFeed.newRegionCode();
        EventFeed.send(EventFeed.REGIONS, garbledKey, UUID.randomUUID().toString(), "org.s3coop.region.updated.v1",
                garbledKey, "not json");

        try (CloudEventRecords dlq = new CloudEventRecords(EventFeed.bootstrap(), DLQ)) {
            List<CloudEventRecords.Event> dead = dlq.await(e -> key.equals(e.key()) || partnershipKey.equals(e.key())
                    || garbledKey.equals(e.key()), 3, Duration.ofSeconds(60));
            CloudEventRecords.Event noHeaders = dead.stream().filter(e -> key.equals(e.key())).findFirst().orElseThrow();
            assertNotNull(noHeaders.headers().get("dead-letter-reason"));
            assertTrue(noHeaders.headers().get("dead-letter-reason").contains("not a CloudEvent"),
                    noHeaders.headers().get("dead-letter-reason"));
            assertEquals(EventFeed.REGIONS, noHeaders.headers().get("dead-letter-topic"));
            CloudEventRecords.Event noVersion = dead.stream().filter(e -> partnershipKey.equals(e.key())).findFirst().orElseThrow();
            assertTrue(noVersion.headers().get("dead-letter-reason").contains("version"),
                    noVersion.headers().get("dead-letter-reason"));
        }
        // the consumers go on
        EventFeed.knownRegion();
        EventFeed.knownPartnership("SCOPING", "ES51");
    }


}
