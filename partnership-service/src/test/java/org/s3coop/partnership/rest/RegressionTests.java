package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;
import static org.s3coop.partnership.support.Partnerships.transition;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Challenges;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Gates that stay true: a criterion of a passed gate that stops holding is a regression (gate-regressed, re-scoping
 * recommended) until it holds again (gate-restored) — after a member leaves, a region is retired in region-service
 * (real region CloudEvents on the broker) or a BLOCKING challenge is raised on a member region. Re-scoping reasons
 * accumulate until a lead dismisses them; closed partnerships are out of the re-scoping list.
 */
@QuarkusTest
class RegressionTests {
    private static final String PROBLEM = "application/problem+json";

    private static String inMapping(String lead, String partner) {
        String id = Partnerships.propose("C22", lead, partner);
        Partnerships.scopingNote(lead, id);
        Partnerships.advance(TestTokens.editor(lead), id).then().statusCode(200);
        return id;
    }

    @Test
    void aMemberLeavingRegressesThePassedGateAndANewMemberRestoresIt() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = inMapping(lead, partner);
        as(TestTokens.editor(partner)).delete(BASE + "/" + id + "/members/" + partner).then().statusCode(200)
                .header("ETag", equalTo("\"5\""))
                .body("regressions.code", equalTo(List.of("MIN_REGIONS", "MIN_COUNTRIES")))
                .body("regressions.gate", equalTo(List.of("SCOPING_TO_MAPPING", "SCOPING_TO_MAPPING")))
                .body("rescopingRecommended", equalTo(true))
                .body("rescopingReasons.cause", equalTo(List.of("GATE_REGRESSED")));
        given().get(BASE + "/" + id + "/readiness").then().body("gate", equalTo("MAPPING_TO_PILOT"))
                .body("regressions.code", equalTo(List.of("MIN_REGIONS", "MIN_COUNTRIES")));
        // a new member from another country: both hold again
        String other = Regions.known("IT", "C22");
        as(TestTokens.admin()).body("{}").put(BASE + "/" + id + "/members/" + other).then().statusCode(200)
                .header("ETag", equalTo("\"7\"")).body("regressions", hasSize(0))
                .body("rescopingRecommended", equalTo(true));

        List<CloudEventRecords.Event> events = Partnerships.events(id, 7);
        assertThat(events.stream().map(e -> e.type().replace("org.s3coop.partnership.", ""))).containsExactly(
                "proposed.v1", "evidence-updated.v1", "stage-advanced.v1", "member-left.v1", "gate-regressed.v1",
                "member-joined.v1", "gate-restored.v1");
        JsonNode regressed = events.get(4).data();
        assertThat(regressed.get("actor").asText()).as("the change that caused it").isEqualTo("editor-" + partner);
        assertThat(regressed.get("regressed")).extracting(r -> r.get("code").asText())
                .containsExactly("MIN_REGIONS", "MIN_COUNTRIES");
        assertThat(regressed.get("version").asInt()).isEqualTo(5);
        JsonNode restored = events.get(6).data();
        assertThat(restored.get("restored")).extracting(r -> r.get("code").asText())
                .containsExactly("MIN_REGIONS", "MIN_COUNTRIES");
        assertThat(restored.get("regressions")).isEmpty();
        assertThat(restored.get("actor").asText()).isEqualTo("admin");
    }

    @Test
    void aRegionRetiredInRegionServiceRegressesThePassedGateAndItsReturnRestoresIt() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = inMapping(lead, partner);
        Regions.awaitProcessed(Regions.publish(Regions.RETIRED, partner, 2, false, "C22"));
        given().get(BASE + "/" + id).then().body("regressions.code", equalTo(List.of("MIN_REGIONS", "MIN_COUNTRIES")))
                .body("regressions[0].message", containsString("unknown or retired: [" + partner + "]"))
                .body("rescopingReasons.cause", equalTo(List.of("REGION_RETIRED", "GATE_REGRESSED")));
        Regions.awaitProcessed(Regions.publish(Regions.UPDATED, partner, 3, true, "C22"));
        given().get(BASE + "/" + id).then().body("regressions", hasSize(0)).body("version", equalTo(6));
        List<CloudEventRecords.Event> events = Partnerships.events(id, 6);
        assertThat(events.stream().map(CloudEventRecords.Event::type).skip(3)).containsExactly(
                "org.s3coop.partnership.rescoping-recommended.v1", "org.s3coop.partnership.gate-regressed.v1",
                "org.s3coop.partnership.gate-restored.v1");
        assertThat(events.subList(3, 6)).allSatisfy(e -> assertThat(e.data().get("actor").asText()).isEqualTo("system"));
    }

    @Test
    void aBlockingChallengeOnAnActiveMemberRegionBlocksEveryGateAndRegressesPassedOnes() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String invited = Regions.known("IT", "C22");
        String scoping = Partnerships.propose("C22", lead, partner);
        Partnerships.scopingNote(lead, scoping);
        as(TestTokens.editor(lead)).body("{}").put(BASE + "/" + scoping + "/members/" + invited).then().statusCode(200);
        String mapping = inMapping(lead, partner);
        String challenge = UUID.randomUUID().toString();
        Challenges.awaitProcessed(Challenges.publishScoped("raised", challenge, "REGION", partner, "BLOCKING", "OPEN", 1));
        given().get(BASE + "/" + scoping + "/readiness").then().body("ready", equalTo(false))
                .body("criteria.find { it.code == 'NO_BLOCKING_CHALLENGE' }.message",
                        equalTo("1 open BLOCKING challenge(s) on this partnership or its active member regions"));
        given().get(BASE + "/" + mapping).then().body("regressions.code", equalTo(List.of("NO_BLOCKING_CHALLENGE")));
        // a challenge on an invited region does not block
        String onInvited = UUID.randomUUID().toString();
        Challenges.awaitProcessed(Challenges.publishScoped("raised", onInvited, "REGION", invited, "BLOCKING", "OPEN", 1));
        given().get(BASE + "/" + scoping + "/readiness").then()
                .body("criteria.find { it.code == 'NO_BLOCKING_CHALLENGE' }.message", containsString("1 open"));
        Challenges.awaitProcessed(Challenges.publishScoped("closed", challenge, "REGION", partner, "BLOCKING", "CLOSED", 2));
        given().get(BASE + "/" + scoping + "/readiness").then().body("ready", equalTo(true));
        given().get(BASE + "/" + mapping).then().body("regressions", hasSize(0));
        assertThat(Partnerships.eventTypes(mapping, 5)).containsExactly("proposed", "evidence-updated", "stage-advanced",
                "gate-regressed", "gate-restored");
    }

    @Test
    void rescopingReasonsAccumulateUntilALeadDismissesThem() {
        String lead = Regions.known("ES", "C22", "HEALTH");
        String partner = Regions.known("DE", "C22", "HEALTH");
        String third = Regions.known("IT", "C22");
        String id = Partnerships.propose("C22", lead, partner, third);
        Regions.awaitProcessed(Regions.publish(Regions.UPDATED, partner, 2, true, "HEALTH"));
        Regions.awaitProcessed(Regions.publish(Regions.RETIRED, third, 2, false, "C22"));
        given().get(BASE + "/" + id).then().body("rescopingRecommended", equalTo(true))
                .body("rescopingReasons.cause", equalTo(List.of("PRIORITY_DROPPED", "REGION_RETIRED")))
                .body("rescopingReasons[0].message", containsString(partner))
                .body("rescopingReasons[1].message", equalTo("member region " + third + " was retired"))
                .body("rescopingReason", equalTo("member region " + third + " was retired"));
        given().get("/api/v1/portfolio").then().body("rescopingRecommended.find { it.id == '" + id + "' }.reasons.cause",
                equalTo(List.of("PRIORITY_DROPPED", "REGION_RETIRED")));
        // a partner may not dismiss; a lead must say why
        transition(TestTokens.editor(partner), id, "{\"action\":\"DISMISS_RESCOPING\",\"reason\":\"r\"}").then()
                .statusCode(403).body("missingRight", equalTo("DISMISS_RESCOPING"));
        transition(TestTokens.editor(lead), id, "{\"action\":\"DISMISS_RESCOPING\"}").then().statusCode(400)
                .contentType(PROBLEM).body("violations.field", equalTo(List.of("reason")));
        transition(TestTokens.editor(lead), id, "{\"action\":\"DISMISS_RESCOPING\",\"reason\":\"a replacement is invited\"}")
                .then().statusCode(200).body("rescopingRecommended", equalTo(false)).body("rescopingReasons", hasSize(0))
                .body("stage", equalTo("SCOPING")).body("status", equalTo("ACTIVE"));
        transition(TestTokens.editor(lead), id, "{\"action\":\"DISMISS_RESCOPING\",\"reason\":\"again\"}").then()
                .statusCode(409).body("type", equalTo("https://s3coop.org/problems/invalid-transition"));
        given().get(BASE + "/" + id + "/history").then().body("action", hasItem("DISMISS_RESCOPING"))
                .body("find { it.action == 'DISMISS_RESCOPING' }.reason", equalTo("a replacement is invited"));
        given().get("/api/v1/portfolio").then().body("rescopingRecommended.id", not(hasItem(id)));
        CloudEventRecords.Event dismissed = Partnerships.events(id, 4).get(3);
        assertThat(dismissed.type()).isEqualTo("org.s3coop.partnership.rescoping-dismissed.v1");
        assertThat(dismissed.data().get("action").asText()).isEqualTo("DISMISS_RESCOPING");
        assertThat(dismissed.data().get("reason").asText()).isEqualTo("a replacement is invited");
    }

    @Test
    void closedPartnershipsAreNeverListedForRescoping() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String open = Partnerships.propose("C22", lead, partner);
        String closing = Partnerships.propose("C22", lead, partner);
        Regions.awaitProcessed(Regions.publish(Regions.RETIRED, partner, 2, false, "C22"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get("/api/v1/portfolio").then()
                .body("rescopingRecommended.id", hasItem(closing)));
        transition(TestTokens.editor(lead), closing, "{\"action\":\"CLOSE\",\"outcome\":\"DISCONTINUED\"}").then()
                .statusCode(200).body("rescopingRecommended", equalTo(true));
        given().get("/api/v1/portfolio").then().body("rescopingRecommended.id", hasItem(open))
                .body("rescopingRecommended.id", not(hasItem(closing)));
    }
}
