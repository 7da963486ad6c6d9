package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.CloudEventRecords.Event;
import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * One partnership's journey across the three running services, joined only by Kafka: regions registered in
 * region-service become members in partnership-service; a BLOCKING challenge raised in challenge-service stops
 * the PILOT→SCALE_UP gate and addressing it lifts the block; region-service's cooperation profile follows the
 * stages; retiring a member region flags the partnership for re-scoping.
 */
@ExtendWith(Suite.class)
class CooperationJourneyIT {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String ADMIN = TestTokens.admin();

    private static RequestSpecification as(String token, Suite.Service service) {
        return given().baseUri(service.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static void registerRegion(String code, String name, String... priorityCodes) {
        StringBuilder p = new StringBuilder();
        for (String c : priorityCodes) {
            p.append(p.isEmpty() ? "" : ",").append("{\"family\":\"")
                    .append(c.length() <= 3 ? "ECONOMIC_DOMAIN" : "POLICY_OBJECTIVE").append("\",\"code\":\"").append(c).append("\"}");
        }
        as(ADMIN, Suite.region()).body("{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"priorities\":[" + p + "]}")
                .post("/api/v1/regions").then().statusCode(201);
    }

    private static ValidatableResponse transition(String id, String body) {
        return as(TestTokens.editor("ES51"), Suite.partnership()).body(body)
                .post("/api/v1/partnerships/" + id + "/transitions").then();
    }

    private static void awaitReadiness(String id, String code, boolean met) {
        Awaitility.await().atMost(EVENTUALLY).untilAsserted(() -> given().baseUri(Suite.partnership().url())
                .get("/api/v1/partnerships/" + id + "/readiness").then().statusCode(200)
                .body("criteria.find { it.code == '" + code + "' }.met", equalTo(met)));
    }

    @Test
    void aPartnershipFromScopingToScaleUpAcrossTheThreeServices() {
        registerRegion("ES51", "Cataluña", "C22", "CIRCULAR_ECONOMY");
        registerRegion("DE21", "Oberbayern", "C22", "C20");
        registerRegion("ITC4", "Lombardia", "C22");

        // partnership-service learns the regions from s3coop.regions.v1: until then they are unknown (422)
        String proposal = """
                {"title":"Bio-based packaging","priority":{"family":"ECONOMIC_DOMAIN","code":"C22"},"leadRegion":"ES51",
                 "members":[{"regionCode":"ES51","role":"lead","contribution":"pilot lines"},
                            {"regionCode":"DE21","role":"partner","contribution":"polymer research"}]}""";
        String[] id = new String[1];
        Awaitility.await().atMost(EVENTUALLY).untilAsserted(() -> {
            var response = as(TestTokens.editor("ES51"), Suite.partnership()).body(proposal).post("/api/v1/partnerships");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            id[0] = response.jsonPath().getString("id");
        });
        String p = id[0];
        // ES51's editor does not speak for DE21: DE21 is invited, and its editor accepts
        as(TestTokens.editor("DE21"), Suite.partnership()).body("{\"decision\":\"ACCEPT\"}")
                .post("/api/v1/partnerships/" + p + "/members/DE21/decision").then().statusCode(200)
                .body("members.find { it.regionCode == 'DE21' }.status", equalTo("ACTIVE"));
        var partnership = as(TestTokens.editor("ES51"), Suite.partnership());

        // SCOPING → MAPPING
        partnership.body("{\"objective\":\"Compostable trays\",\"draftActionPlan\":\"Joint pilot in 2026\"}")
                .put("/api/v1/partnerships/" + p + "/evidence/scoping-note").then().statusCode(200);
        transition(p, "{\"action\":\"ADVANCE\"}").statusCode(200).body("stage", equalTo("MAPPING"));

        // MAPPING → PILOT
        as(TestTokens.editor("ES51"), Suite.partnership()).body("""
                {"entries":[{"regionCode":"ES51","role":"lead","contribution":"pilot lines","valueChainSegment":"converting"},
                            {"regionCode":"DE21","role":"partner","contribution":"polymers","valueChainSegment":"materials"}]}""")
                .put("/api/v1/partnerships/" + p + "/evidence/complementarity-map").then().statusCode(200);
        as(TestTokens.editor("ES51"), Suite.partnership())
                .body("{\"name\":\"Packaging Cluster\",\"type\":\"CLUSTER\",\"regionCode\":\"ES51\"}")
                .post("/api/v1/partnerships/" + p + "/participants").then().statusCode(201);
        as(TestTokens.editor("DE21"), Suite.partnership())
                .body("{\"name\":\"TU München\",\"type\":\"UNIVERSITY\",\"regionCode\":\"DE21\"}")
                .post("/api/v1/partnerships/" + p + "/participants").then().statusCode(201);
        transition(p, "{\"action\":\"ADVANCE\"}").statusCode(200).body("stage", equalTo("PILOT"));

        // PILOT evidence
        as(TestTokens.editor("ES51"), Suite.partnership())
                .body("{\"demonstrators\":[{\"name\":\"Tray line\",\"result\":\"10k trays, 30% less CO2\"}]}")
                .put("/api/v1/partnerships/" + p + "/evidence/pilot-report").then().statusCode(200);
        as(TestTokens.editor("ES51"), Suite.partnership())
                .body("{\"sources\":[{\"name\":\"I3 strand 1\",\"kind\":\"EU\",\"amountEur\":2500000,\"committed\":true}]}")
                .put("/api/v1/partnerships/" + p + "/evidence/funding-plan").then().statusCode(200);
        awaitReadiness(p, "NO_BLOCKING_CHALLENGE", true);

        // challenge-service learns the partnership from s3coop.partnerships.v1; a BLOCKING challenge on it ...
        String raise = """
                {"cluster":"FUNDING","subDimension":"CONTINUED_FUNDING","title":"Co-funding gap",
                 "description":"Regional co-funding not yet secured","scope":{"type":"PARTNERSHIP","ref":"%s"},
                 "severity":"BLOCKING"}""".formatted(p);
        String[] challenge = new String[1];
        Awaitility.await().atMost(EVENTUALLY).untilAsserted(() -> {
            var response = as(TestTokens.editor("ES51"), Suite.challenge()).body(raise).post("/api/v1/challenges");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            challenge[0] = response.jsonPath().getString("id");
        });

        // ... reaches partnership-service and stops the PILOT → SCALE_UP gate
        awaitReadiness(p, "NO_BLOCKING_CHALLENGE", false);
        transition(p, "{\"action\":\"ADVANCE\"}").statusCode(409)
                .contentType("application/problem+json")
                .body("unmetCriteria.code", equalTo(List.of("NO_BLOCKING_CHALLENGE")));

        // addressing it lifts the block
        as(TestTokens.editor("ES51"), Suite.challenge()).body("{\"action\":\"ADDRESS\",\"reason\":\"Region co-funds 20%\"}")
                .post("/api/v1/challenges/" + challenge[0] + "/transitions").then().statusCode(200);
        awaitReadiness(p, "NO_BLOCKING_CHALLENGE", true);
        transition(p, "{\"action\":\"ADVANCE\"}").statusCode(200).body("stage", equalTo("SCALE_UP"));

        // region-service's cooperation profile follows
        Awaitility.await().atMost(EVENTUALLY).untilAsserted(() -> given().baseUri(Suite.region().url())
                .get("/api/v1/regions/ES51").then().body("cooperation.asLead.SCALE_UP", equalTo(1)));
        given().baseUri(Suite.region().url()).get("/api/v1/regions/DE21").then()
                .body("cooperation.asMember.SCALE_UP", equalTo(1));

        // a feedback loop: back to MAPPING when participation changes
        transition(p, "{\"action\":\"REVERT\",\"targetStage\":\"MAPPING\",\"trigger\":\"PARTICIPATION_CHANGED\","
                + "\"reason\":\"A converter left\"}").statusCode(200).body("stage", equalTo("MAPPING"));
        given().baseUri(Suite.partnership().url()).get("/api/v1/partnerships/" + p + "/history").then().statusCode(200)
                .body("action", hasItem("REVERT"))
                .body("find { it.action == 'REVERT' }.trigger", equalTo("PARTICIPATION_CHANGED"));

        // retiring a member region recommends re-scoping (no automatic revert)
        given().baseUri(Suite.region().url()).auth().oauth2(ADMIN).delete("/api/v1/regions/DE21").then().statusCode(204);
        Awaitility.await().atMost(EVENTUALLY).untilAsserted(() -> given().baseUri(Suite.partnership().url())
                .get("/api/v1/partnerships/" + p).then().body("rescopingRecommended", equalTo(true))
                .body("stage", equalTo("MAPPING")));

        // the whole story, in order, on the partnership topic
        try (CloudEventRecords topic = new CloudEventRecords(Suite.kafkaBootstrap(), "s3coop.partnerships.v1")) {
            List<Event> events = topic.await(e -> p.equals(e.key()) && e.type().endsWith("rescoping-recommended.v1"), 1,
                    EVENTUALLY);
            assertThat(events).isNotEmpty();
            List<String> types = topic.drain(e -> p.equals(e.key()), Duration.ofSeconds(1)).stream()
                    .map(Event::type).toList();
            assertThat(types).containsSubsequence("org.s3coop.partnership.proposed.v1",
                    "org.s3coop.partnership.stage-advanced.v1", "org.s3coop.partnership.stage-advanced.v1",
                    "org.s3coop.partnership.stage-advanced.v1", "org.s3coop.partnership.stage-reverted.v1",
                    "org.s3coop.partnership.rescoping-recommended.v1");
            List<Long> versions = topic.drain(e -> p.equals(e.key()), Duration.ofMillis(200)).stream()
                    .map(e -> e.data().get("version").asLong()).toList();
            assertThat(versions).isSorted().doesNotHaveDuplicates();
        }
    }
}
