package org.s3coop.challenge.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.Api;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.challenge.support.Rankings;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** What dashboards and partnership-service read on s3coop.challenges.v1, read back from the real broker. */
@QuarkusTest
class ChallengeEventsTests {
    static final String TOPIC = "s3coop.challenges.v1";

    @Test
    void publishesTheLifeOfABlockingChallengeOnAPartnershipAsCloudEvents() {
        String es = EventFeed.knownRegion();
        String de = EventFeed.knownRegion();
        String partnership = EventFeed.knownPartnership("PILOT", es, de);
        String id = Api.raised("CAPACITY", "INSUFFICIENT_TIME", "PARTNERSHIP", partnership, "BLOCKING");
        Api.transition(TestTokens.admin(), id, "ADDRESS", null).statusCode(200);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"title\":\"Joint secretariat\",\"adoptingRegions\":[\"" + es + "\"]}")
                .when().post("/api/v1/challenges/" + id + "/solutions").then().statusCode(201);
        Api.transition(TestTokens.admin(), id, "REOPEN", null).statusCode(200);
        Api.transition(TestTokens.admin(), id, "CLOSE", null).statusCode(200);

        try (CloudEventRecords records = new CloudEventRecords(EventFeed.bootstrap(), TOPIC)) {
            List<CloudEventRecords.Event> events = records.await(e -> id.equals(e.key()), 5, Duration.ofSeconds(60));
            assertEquals(List.of("org.s3coop.challenge.raised.v1", "org.s3coop.challenge.addressed.v1",
                    "org.s3coop.challenge.solution-proposed.v1", "org.s3coop.challenge.reopened.v1",
                    "org.s3coop.challenge.closed.v1"), events.stream().map(CloudEventRecords.Event::type).toList());
            assertEquals(1, events.stream().map(CloudEventRecords.Event::partition).distinct().count());

            CloudEventRecords.Event raised = events.get(0);
            assertEquals("1.0", raised.headers().get("ce_specversion"));
            assertEquals("/s3coop/challenge-service", raised.headers().get("ce_source"));
            assertEquals(id, raised.subject());
            assertEquals("application/json", raised.headers().get("content-type"));
            assertNotNull(OffsetDateTime.parse(raised.headers().get("ce_time")));
            UUID.fromString(raised.id());
            assertEquals(id, raised.data().get("id").asText());
            assertEquals("CAPACITY", raised.data().get("cluster").asText());
            assertEquals("INSUFFICIENT_TIME", raised.data().get("subDimension").asText());
            assertEquals("A challenge", raised.data().get("title").asText());
            assertEquals("BLOCKING", raised.data().get("severity").asText());
            assertEquals("OPEN", raised.data().get("status").asText());
            assertEquals("PARTNERSHIP", raised.data().get("scope").get("type").asText());
            assertEquals(partnership, raised.data().get("scope").get("ref").asText());
            assertEquals(1, raised.data().get("version").asLong());

            CloudEventRecords.Event addressed = events.get(1);
            assertEquals("ADDRESSED", addressed.data().get("status").asText());
            assertEquals(2, addressed.data().get("version").asLong());
            assertEquals("ADDRESS", addressed.data().get("transition").get("action").asText());
            assertEquals("because address", addressed.data().get("transition").get("reason").asText());

            CloudEventRecords.Event proposed = events.get(2);
            assertEquals(3, proposed.data().get("version").asLong());
            assertEquals("Joint secretariat", proposed.data().get("solution").get("title").asText());
            assertEquals("PROPOSED", proposed.data().get("solution").get("status").asText());
            assertEquals(1, proposed.data().get("solutions").size());

            assertEquals("OPEN", events.get(3).data().get("status").asText());
            assertEquals(4, events.get(3).data().get("version").asLong());
            assertEquals("CLOSED", events.get(4).data().get("status").asText());
            assertEquals(5, events.get(4).data().get("version").asLong());
        }
    }

    @Test
    void anUpdateIsPublishedAndARefusedChangePublishesNothing() {
        String region = EventFeed.knownRegion();
        String id = Api.raised("FUNDING", null, "REGION", region, "LOW");
        Api.transition(TestTokens.admin(), id, "REOPEN", null).statusCode(409);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"cluster\":\"FUNDING\",\"subDimension\":\"FUNDING_SYNERGIES\",\"title\":\"Sharper\",\"severity\":\"BLOCKING\"}")
                .when().put("/api/v1/challenges/" + id).then().statusCode(200);
        try (CloudEventRecords records = new CloudEventRecords(EventFeed.bootstrap(), TOPIC)) {
            List<CloudEventRecords.Event> events = records.await(e -> id.equals(e.key()), 2, Duration.ofSeconds(60));
            assertEquals(List.of("org.s3coop.challenge.raised.v1", "org.s3coop.challenge.updated.v1"),
                    events.stream().map(CloudEventRecords.Event::type).toList());
            assertEquals("BLOCKING", events.get(1).data().get("severity").asText());
            assertEquals("REGION", events.get(1).data().get("scope").get("type").asText());
            assertEquals(region, events.get(1).data().get("scope").get("ref").asText());
            assertTrue(events.get(1).data().get("transition") == null || events.get(1).data().get("transition").isNull());
        }
    }

    @Test
    void aVoteIsPublishedKeyedByItsRound() {
        String region = EventFeed.knownRegion();
        String round = "events-" + UUID.randomUUID().toString().substring(0, 8);
        Rankings.vote(TestTokens.editor(region), round, region, Rankings.C, Rankings.A,
                Rankings.F, Rankings.G, Rankings.S, Rankings.K).statusCode(201);
        Rankings.vote(TestTokens.editor(region), round, region, Rankings.A, Rankings.C,
                Rankings.F, Rankings.G, Rankings.S, Rankings.K).statusCode(200);
        try (CloudEventRecords records = new CloudEventRecords(EventFeed.bootstrap(), TOPIC)) {
            List<CloudEventRecords.Event> events = records.await(e -> round.equals(e.key()), 2, Duration.ofSeconds(60));
            CloudEventRecords.Event first = events.get(0);
            assertEquals("org.s3coop.ranking.vote-cast.v1", first.type());
            assertEquals(round + "/" + region, first.subject());
            assertEquals(round, first.data().get("round").asText());
            assertEquals(region, first.data().get("regionCode").asText());
            assertEquals(6, first.data().get("clusters").size());
            assertEquals("CAPACITY", first.data().get("clusters").get(0).asText());
            assertFalse(first.data().get("replaced").asBoolean());
            assertEquals(2, events.get(1).data().get("version").asLong());
            assertTrue(events.get(1).data().get("replaced").asBoolean());
            assertEquals("ALIGNING_ECOSYSTEMS", events.get(1).data().get("clusters").get(0).asText());
        }
    }
}
