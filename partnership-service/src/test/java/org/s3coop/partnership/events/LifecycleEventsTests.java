package org.s3coop.partnership.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.transition;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Kafka;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A partnership from proposal to scale-up, with one revert, read back from the topic and from the portfolio. */
@QuarkusTest
class LifecycleEventsTests {
    private static final String T = "org.s3coop.partnership.";

    @Test
    void theEventsOfAFullLifecycleArePublishedInOrder() {
        JsonPath before = given().get("/api/v1/portfolio").then().statusCode(200).extract().jsonPath();
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String third = Regions.known("IT", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        String token = TestTokens.editor(lead);
        // an admin speaks for the region: it joins ACTIVE at once
        Partnerships.as(TestTokens.admin()).body("{\"role\":\"partner\",\"contribution\":\"converters\"}")
                .put(BASE + "/" + id + "/members/" + third).then().statusCode(200);
        Partnerships.as(token).delete(BASE + "/" + id + "/members/" + third).then().statusCode(200);
        Partnerships.scopingNote(lead, id);
        Partnerships.advance(token, id).then().statusCode(200);
        Partnerships.complementarityMap(lead, id, lead, partner);
        Partnerships.participant(token, id, "UNIVERSITY", lead);
        Partnerships.participant(TestTokens.editor(partner), id, "COMPANY", partner);
        Partnerships.advance(token, id).then().statusCode(200);
        transition(token, id, "{\"action\":\"REVERT\",\"targetStage\":\"MAPPING\",\"trigger\":"
                + "\"SCOPE_NOT_GRANULAR\",\"reason\":\"pilot too broad\"}").then().statusCode(200);
        Partnerships.advance(token, id).then().statusCode(200);
        Partnerships.pilotReport(lead, id);
        Partnerships.fundingPlan(lead, id);
        transition(token, id, "{\"action\":\"HOLD\",\"reason\":\"call closed\"}").then().statusCode(200);
        transition(token, id, "{\"action\":\"RESUME\"}").then().statusCode(200);
        Partnerships.advance(token, id).then().statusCode(200);
        transition(token, id, "{\"action\":\"CLOSE\",\"outcome\":\"COMPLETED\"}").then().statusCode(200);

        List<String> expected = List.of("proposed", "member-joined", "member-left", "evidence-updated", "stage-advanced",
                "evidence-updated", "evidence-updated", "evidence-updated", "stage-advanced", "stage-reverted",
                "stage-advanced", "evidence-updated", "evidence-updated", "put-on-hold", "resumed", "stage-advanced", "closed");
        try (CloudEventRecords records = Kafka.reader(Kafka.PARTNERSHIPS)) {
            List<CloudEventRecords.Event> events = records.await(e -> id.equals(e.key()), expected.size(), Duration.ofSeconds(30));
            assertEquals(expected.stream().map(t -> T + t + ".v1").toList(), events.stream().map(CloudEventRecords.Event::type).toList());
            for (int i = 0; i < events.size(); i++) {
                CloudEventRecords.Event e = events.get(i);
                JsonNode data = e.data();
                assertEquals(i + 1, data.get("version").asInt(), "versions follow the changes one by one");
                assertEquals(id, data.get("id").asText());
                assertEquals(id, e.subject());
                assertEquals("1.0", e.headers().get("ce_specversion"));
                assertEquals("/s3coop/partnership-service", e.headers().get("ce_source"));
                assertEquals("application/json", e.headers().get("content-type"));
                assertNotNull(e.headers().get("ce_time"));
                assertEquals(lead, data.get("leadRegion").asText());
                assertEquals("C22", data.get("priority").get("code").asText());
                assertTrue(data.get("members").isArray());
                assertTrue(data.has("stage") && data.has("status") && data.has("rescopingRecommended") && data.has("title"));
                assertEquals(events.get(0).partition(), e.partition());
                assertTrue(data.hasNonNull("actor"), "every event says who made the change: " + e.type());
            }
            assertEquals(third, events.get(1).data().get("regionCode").asText());
            assertEquals(3, events.get(1).data().get("members").size());
            assertEquals("scoping-note", events.get(3).data().get("evidence").asText());
            JsonNode reverted = events.get(9).data();
            assertEquals(Map.of("from", "PILOT", "to", "MAPPING", "action", "REVERT", "trigger", "SCOPE_NOT_GRANULAR",
                    "reason", "pilot too broad", "actor", "editor-" + lead),
                    Map.of("from", reverted.get("from").asText(), "to", reverted.get("to").asText(),
                            "action", reverted.get("action").asText(), "trigger", reverted.get("trigger").asText(),
                            "reason", reverted.get("reason").asText(), "actor", reverted.get("actor").asText()));
            assertEquals("SCALE_UP", events.get(15).data().get("to").asText());
            assertEquals("CLOSED", events.get(16).data().get("status").asText());
            assertEquals("COMPLETED", events.get(16).data().get("outcome").asText());
        }

        JsonPath after = given().get("/api/v1/portfolio").then().statusCode(200).extract().jsonPath();
        assertEquals(before.getLong("totalPartnerships") + 1, after.getLong("totalPartnerships"));
        assertEquals(before.getLong("byStatus.CLOSED") + 1, after.getLong("byStatus.CLOSED"));
        assertEquals(before.getLong("byStage.SCALE_UP") + 1, after.getLong("byStage.SCALE_UP"));
        assertEquals(count(before, "revertsByTrigger.SCOPE_NOT_GRANULAR") + 1, count(after, "revertsByTrigger.SCOPE_NOT_GRANULAR"));
        // stays completed: SCOPING once, MAPPING twice, PILOT twice; SCALE_UP ended by CLOSE, counted apart
        assertEquals(before.getLong("completedStays.SCOPING") + 1, after.getLong("completedStays.SCOPING"));
        assertEquals(before.getLong("completedStays.MAPPING") + 2, after.getLong("completedStays.MAPPING"));
        assertEquals(before.getLong("completedStays.PILOT") + 2, after.getLong("completedStays.PILOT"));
        assertEquals(before.getLong("completedStays.SCALE_UP"), after.getLong("completedStays.SCALE_UP"));
        assertEquals(before.getLong("closedStays.SCALE_UP") + 1, after.getLong("closedStays.SCALE_UP"));
        assertNotNull(after.get("medianDaysInStage.SCOPING"));
        assertTrue(after.getDouble("medianDaysInStage.SCOPING") >= 0);
    }

    private static long count(JsonPath json, String path) {
        Object v = json.get(path);
        return v == null ? 0 : ((Number) v).longValue();
    }

    @Test
    void thePortfolioCountsOpenPartnershipsByStageAndStatus() {
        JsonPath before = given().get("/api/v1/portfolio").then().statusCode(200).extract().jsonPath();
        String[] p = Partnerships.fullyEvidenced();
        Partnerships.advanceTo(p[0], p[1], "PILOT");
        transition(TestTokens.editor(p[1]), p[0], "{\"action\":\"HOLD\"}").then().statusCode(200);
        JsonPath after = given().get("/api/v1/portfolio").then().statusCode(200).extract().jsonPath();
        assertEquals(before.getLong("openByStageAndStatus.PILOT.ON_HOLD") + 1, after.getLong("openByStageAndStatus.PILOT.ON_HOLD"));
        assertEquals(before.getLong("byStatus.ON_HOLD") + 1, after.getLong("byStatus.ON_HOLD"));
        assertEquals(before.getLong("byStage.PILOT") + 1, after.getLong("byStage.PILOT"));
    }
}
