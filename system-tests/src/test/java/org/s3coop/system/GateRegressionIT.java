package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.CloudEventRecords.Event;
import org.s3coop.platform.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Gates that stay true, across the packaged services and Kafka: a member region retired in region-service makes the
 * gate its partnership passed regress in partnership-service (regressions, re-scoping recommended,
 * {@code gate-regressed} by {@code system}); a region registered in its place, invited by the lead and accepting,
 * restores it ({@code gate-restored}).
 */
@ExtendWith(Suite.class)
class GateRegressionIT {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String ADMIN = TestTokens.admin();
    private static final String T = "org.s3coop.partnership.";

    private static RequestSpecification as(String token, Suite.Service service) {
        return given().baseUri(service.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static void register(String code) {
        as(ADMIN, Suite.region()).body("{\"code\":\"" + code + "\",\"name\":\"Region " + code + "\",\"priorities\":"
                + "[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\"}]}").post("/api/v1/regions").then().statusCode(201);
    }

    @Test
    void aRegionRetiredInRegionServiceRegressesThePassedGateAndANewMemberRestoresIt() {
        register("SK02");
        register("SI03");
        String[] id = new String[1];
        Awaitility.await("partnership-service knows SK02 and SI03").atMost(EVENTUALLY).untilAsserted(() -> {
            var r = as(ADMIN, Suite.partnership()).body("{\"title\":\"Gates that stay true\",\"priority\":{\"family\":"
                    + "\"ECONOMIC_DOMAIN\",\"code\":\"C22\"},\"leadRegion\":\"SK02\",\"members\":[{\"regionCode\":\"SK02\","
                    + "\"role\":\"lead\"},{\"regionCode\":\"SI03\",\"role\":\"partner\"}]}").post("/api/v1/partnerships");
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
            id[0] = r.jsonPath().getString("id");
        });
        String p = "/api/v1/partnerships/" + id[0];
        as(TestTokens.editor("SK02"), Suite.partnership()).body("{\"objective\":\"Recycled trays\",\"draftActionPlan\":"
                + "\"1. map 2. pilot\"}").put(p + "/evidence/scoping-note").then().statusCode(200);
        as(TestTokens.editor("SK02"), Suite.partnership()).body("{\"action\":\"ADVANCE\"}").post(p + "/transitions").then()
                .statusCode(200).body("stage", equalTo("MAPPING"));

        // region-service retires SI03: partnership-service learns it from s3coop.regions.v1
        given().baseUri(Suite.region().url()).auth().oauth2(ADMIN).delete("/api/v1/regions/SI03").then().statusCode(204);
        Awaitility.await("the passed gate regresses").atMost(EVENTUALLY).untilAsserted(() -> given()
                .baseUri(Suite.partnership().url()).get(p).then().statusCode(200)
                .body("regressions.code", equalTo(List.of("MIN_REGIONS", "MIN_COUNTRIES")))
                .body("rescopingRecommended", equalTo(true))
                .body("stage", equalTo("MAPPING")));
        given().baseUri(Suite.partnership().url()).get(p + "/readiness").then()
                .body("regressions.code", equalTo(List.of("MIN_REGIONS", "MIN_COUNTRIES")));

        // a region registered in its place, invited by the lead; it accepts and the gate holds again
        register("HR02");
        Awaitility.await("partnership-service knows HR02").atMost(EVENTUALLY).untilAsserted(() -> {
            var r = as(TestTokens.editor("SK02"), Suite.partnership()).body("{\"role\":\"partner\"}").put(p + "/members/HR02");
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        });
        as(TestTokens.editor("HR02"), Suite.partnership()).body("{\"decision\":\"ACCEPT\"}").post(p + "/members/HR02/decision")
                .then().statusCode(200).body("regressions", hasSize(0));

        try (CloudEventRecords topic = new CloudEventRecords(Suite.kafkaBootstrap(), "s3coop.partnerships.v1")) {
            List<Event> events = topic.await(e -> id[0].equals(e.key()) && e.type().equals(T + "gate-restored.v1"), 1,
                    EVENTUALLY);
            assertThat(events).hasSize(1);
            List<Event> all = topic.drain(e -> id[0].equals(e.key()), Duration.ofSeconds(1));
            assertThat(all.stream().map(Event::type).toList()).containsSubsequence(T + "stage-advanced.v1",
                    T + "rescoping-recommended.v1", T + "gate-regressed.v1", T + "member-invited.v1",
                    T + "member-joined.v1", T + "gate-restored.v1");
            JsonNode regressed = all.stream().filter(e -> e.type().equals(T + "gate-regressed.v1")).findFirst().orElseThrow()
                    .data();
            assertThat(regressed.get("actor").asText()).isEqualTo("system");
            assertThat(regressed.get("regressed")).extracting(r -> r.get("code").asText())
                    .containsExactly("MIN_REGIONS", "MIN_COUNTRIES");
            JsonNode restored = events.get(0).data();
            assertThat(restored.get("actor").asText()).isEqualTo("editor-HR02");
            assertThat(restored.get("restored")).extracting(r -> r.get("code").asText())
                    .containsExactly("MIN_REGIONS", "MIN_COUNTRIES");
            assertThat(all).extracting(e -> e.data().get("actor").asText()).doesNotContainNull();
        }
        // who did what, in the audit trail
        given().baseUri(Suite.partnership().url()).get(p + "/audit?actor=system").then().statusCode(200)
                .body("items.action", equalTo(List.of("REGION_CHANGED")));
    }
}
