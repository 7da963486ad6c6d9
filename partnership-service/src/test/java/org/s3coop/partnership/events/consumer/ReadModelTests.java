package org.s3coop.partnership.events.consumer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.s3coop.partnership.support.Partnerships.BASE;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Challenges;
import org.s3coop.partnership.support.Db;
import org.s3coop.partnership.support.Kafka;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** The region read model, built from real CloudEvents on s3coop.regions.v1, and the re-scoping signal. */
@QuarkusTest
class ReadModelTests {

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String code = Regions.known("ES", "C22");
        String updated = Regions.publish(Regions.UPDATED, code, 2, true, "C22", "HEALTH");
        Regions.awaitProcessed(updated);
        // the same CloudEvent id again, even with other data: already applied, so ignored
        Regions.publishWithId(updated, Regions.UPDATED, code, 3, true, "ENERGY");
        String next = Regions.publish(Regions.UPDATED, code, 3, true, "C22", "HEALTH", "GREEN_TRANSITION");
        Regions.awaitProcessed(next);
        assertEquals(3L, Regions.version(code));
        assertTrue(Regions.priorities(code).contains("GREEN_TRANSITION"));
        assertEquals(1, Db.processed("regions", updated));
    }

    @Test
    void aRedeliveredRetirementRecommendsRescopingOnce() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        String retired = Regions.publish(Regions.RETIRED, partner, 2, false, "C22");
        Regions.publishWithId(retired, Regions.RETIRED, partner, 2, false, "C22");
        String barrier = Regions.publish(Regions.UPDATED, partner, 3, false, "C22");
        Regions.awaitProcessed(barrier);
        assertEquals(2, Partnerships.version(id), "flagged once");
        try (CloudEventRecords records = Kafka.reader(Kafka.PARTNERSHIPS)) {
            List<CloudEventRecords.Event> events = records.await(e -> id.equals(e.key()), 2, Duration.ofSeconds(30));
            assertEquals(List.of("org.s3coop.partnership.proposed.v1", "org.s3coop.partnership.rescoping-recommended.v1"),
                    records.drain(e -> id.equals(e.key()), Duration.ofSeconds(1)).stream().map(CloudEventRecords.Event::type).toList());
            assertEquals(partner, events.get(1).data().get("regionCode").asText());
        }
    }

    @Test
    void anOlderEventArrivingLateIsIgnored() {
        String code = Regions.known("ES", "C22");
        Regions.awaitProcessed(Regions.publish(Regions.UPDATED, code, 3, true, "C22", "HEALTH"));
        String late = Regions.publish(Regions.UPDATED, code, 2, true, "ENERGY");
        Regions.awaitProcessed(late);
        assertEquals(3L, Regions.version(code));
        assertTrue(Regions.priorities(code).contains("HEALTH"));
        // a late retirement (older than what is known) does not retire the region either
        Regions.awaitProcessed(Regions.publish(Regions.RETIRED, code, 1, false, "C22"));
        String lead = Regions.known("DE", "C22");
        Partnerships.propose("C22", lead, code);
    }

    @Test
    void recordsThatCannotBeProcessedGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        String notJson = Regions.newCode("ES");
        String noVersion = Regions.newCode("ES");
        String noHeaders = Regions.newCode("ES");
        String badCode = Regions.newCode("ES");
        Kafka.send(Kafka.REGIONS, notJson, "{not json", Kafka.ceHeaders(Kafka.newEventId(), "/s3coop/region-service",
                Regions.REGISTERED, notJson));
        Kafka.send(Kafka.REGIONS, noVersion, "{\"code\":\"" + noVersion + "\",\"active\":true,\"priorities\":[]}",
                Kafka.ceHeaders(Kafka.newEventId(), "/s3coop/region-service", Regions.REGISTERED, noVersion));
        Kafka.send(Kafka.REGIONS, noHeaders, "{\"code\":\"" + noHeaders + "\",\"version\":1}", Map.of());
        Kafka.send(Kafka.REGIONS, badCode, "{\"code\":\"es-51\",\"version\":1,\"active\":true,\"priorities\":[]}",
                Kafka.ceHeaders(Kafka.newEventId(), "/s3coop/region-service", Regions.REGISTERED, badCode));
        // consumption goes on
        String fine = Regions.known("ES", "C22");
        assertEquals(1L, Regions.version(fine));
        assertNull(Regions.version(noVersion));
        try (CloudEventRecords dlq = Kafka.reader(Kafka.DLQ)) {
            List<CloudEventRecords.Event> dead = dlq.await(
                    e -> List.of(notJson, noVersion, noHeaders, badCode).contains(e.key()), 4, Duration.ofSeconds(30));
            Map<String, String> reasons = new java.util.HashMap<>();
            dead.forEach(e -> reasons.put(e.key(), e.headers().get("dead-letter-reason")));
            assertTrue(reasons.get(notJson).contains("not JSON"), reasons.toString());
            assertTrue(reasons.get(noVersion).contains("data.version"), reasons.toString());
            assertTrue(reasons.get(noHeaders).contains("not a CloudEvent"), reasons.toString());
            assertTrue(reasons.get(badCode).contains("not a NUTS code"), reasons.toString());
            dead.forEach(e -> assertEquals(Kafka.REGIONS, e.headers().get("dead-letter-topic")));
        }
    }

    @Test
    void aChallengeEventWithoutItsScopeIsDeadLetteredAndTheNextOneApplied() {
        String lead = Regions.known("ES", "C22");
        String id = Partnerships.propose("C22", lead);
        String broken = java.util.UUID.randomUUID().toString();
        Kafka.send(Kafka.CHALLENGES, broken, "{\"id\":\"" + broken + "\",\"severity\":\"BLOCKING\",\"status\":\"OPEN\",\"version\":1}",
                Kafka.ceHeaders(Kafka.newEventId(), "/s3coop/challenge-service", "org.s3coop.challenge.raised.v1", broken));
        String challenge = java.util.UUID.randomUUID().toString();
        Challenges.awaitProcessed(Challenges.publish("raised", challenge, id, "BLOCKING", "OPEN", 1));
        given().get(BASE + "/" + id + "/readiness").then()
                .body("criteria.find { it.code == 'MIN_REGIONS' }.met", equalTo(false));
        assertEquals(1, Db.count("select count(*) from tracked_challenge where id = ? and blocking", challenge));
        assertEquals(0, Db.count("select count(*) from tracked_challenge where id = ?", broken));
        try (CloudEventRecords dlq = Kafka.reader(Kafka.DLQ)) {
            CloudEventRecords.Event dead = dlq.await(e -> broken.equals(e.key()), 1, Duration.ofSeconds(30)).get(0);
            assertTrue(dead.headers().get("dead-letter-reason").contains("data.scope.type"));
            assertEquals(Kafka.CHALLENGES, dead.headers().get("dead-letter-topic"));
        }
    }

    @Test
    void aMemberRegionsRetirementRecommendsRescopingWithoutReverting() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String bystander = Regions.known("IT", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        Partnerships.scopingNote(lead, id);
        Partnerships.advance(TestTokens.editor(lead), id).then().statusCode(200);
        String closed = Partnerships.propose("C22", lead, partner);
        Partnerships.transition(TestTokens.editor(lead), closed, "{\"action\":\"CLOSE\",\"outcome\":\"DISCONTINUED\"}")
                .then().statusCode(200);
        String unrelated = Partnerships.propose("C22", lead, bystander);

        Regions.awaitProcessed(Regions.publish(Regions.RETIRED, partner, 2, false, "C22"));
        given().get(BASE + "/" + id).then().statusCode(200)
                .body("rescopingRecommended", equalTo(true))
                .body("rescopingReason", containsString(partner))
                .body("rescopingReason", containsString("retired"))
                .body("stage", equalTo("MAPPING"))
                .body("status", equalTo("ACTIVE"))
                // 4: flagged for re-scoping; 5: the passed gate's MIN_REGIONS and MIN_COUNTRIES regressed
                .header("ETag", equalTo("\"5\""))
                .body("rescopingReasons.cause", equalTo(List.of("REGION_RETIRED", "GATE_REGRESSED")))
                .body("regressions.code", equalTo(List.of("MIN_REGIONS", "MIN_COUNTRIES")));
        given().get(BASE + "/" + closed).then().body("rescopingRecommended", equalTo(false));
        given().get(BASE + "/" + unrelated).then().body("rescopingRecommended", equalTo(false));
        given().get("/api/v1/portfolio").then().statusCode(200)
                .body("rescopingRecommended.find { it.id == '" + id + "' }.reason", containsString(partner));
        try (CloudEventRecords records = Kafka.reader(Kafka.PARTNERSHIPS)) {
            CloudEventRecords.Event event = records.await(e -> id.equals(e.key())
                    && e.type().equals("org.s3coop.partnership.rescoping-recommended.v1"), 1, Duration.ofSeconds(30)).get(0);
            assertEquals(partner, event.data().get("regionCode").asText());
            assertTrue(event.data().get("rescopingRecommended").asBoolean());
            assertEquals(4, event.data().get("version").asInt());
        }
        // a REVERT answers the recommendation
        Partnerships.transition(TestTokens.editor(lead), id, "{\"action\":\"REVERT\",\"targetStage\":\"SCOPING\","
                + "\"trigger\":\"PARTICIPATION_CHANGED\",\"reason\":\"partner region retired\"}").then().statusCode(200)
                .body("rescopingRecommended", equalTo(false));
    }

    @Test
    void aMemberRegionDroppingThePriorityRecommendsRescoping() {
        String lead = Regions.known("ES", "C22", "HEALTH");
        String partner = Regions.known("DE", "C22", "HEALTH");
        String onC22 = Partnerships.propose("C22", lead, partner);
        String onHealth = Partnerships.propose("HEALTH", lead, partner);
        Regions.awaitProcessed(Regions.publish(Regions.UPDATED, partner, 2, true, "HEALTH", "ENERGY"));
        given().get(BASE + "/" + onC22).then().body("rescopingRecommended", equalTo(true))
                .body("rescopingReason", containsString("no longer lists")).body("rescopingReason", containsString("C22"));
        given().get(BASE + "/" + onHealth).then().body("rescopingRecommended", equalTo(false));
        await().atMost(Duration.ofSeconds(5)).until(() -> Partnerships.version(onC22) == 2);
    }
}
