package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.s3coop.challenge.support.Api.raised;
import static org.s3coop.challenge.support.Api.transition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ChallengeTransitionTests {

    /** Every action from every status: the allowed ones lead to their target, the others are a 409 problem. */
    @ParameterizedTest(name = "{1} from {0} -> {2}")
    @CsvSource({
            "OPEN, ADDRESS, ADDRESSED",
            "OPEN, CLOSE, CLOSED",
            "OPEN, WITHDRAW, WITHDRAWN",
            "OPEN, REOPEN, 409",
            "ADDRESSED, ADDRESS, 409",
            "ADDRESSED, CLOSE, CLOSED",
            "ADDRESSED, WITHDRAW, WITHDRAWN",
            "ADDRESSED, REOPEN, OPEN",
            "CLOSED, ADDRESS, 409",
            "CLOSED, CLOSE, 409",
            "CLOSED, WITHDRAW, 409",
            "CLOSED, REOPEN, OPEN",
            "WITHDRAWN, ADDRESS, 409",
            "WITHDRAWN, CLOSE, 409",
            "WITHDRAWN, WITHDRAW, 409",
            "WITHDRAWN, REOPEN, OPEN" })
    void movesOnlyAlongTheAllowedTransitions(String from, String action, String expected) {
        String id = raised("CAPACITY", null, "COMMUNITY", null, "MEDIUM");
        long version = 1;
        String reach = switch (from) {
            case "ADDRESSED" -> "ADDRESS";
            case "CLOSED" -> "CLOSE";
            case "WITHDRAWN" -> "WITHDRAW";
            default -> null;
        };
        if (reach != null) {
            transition(TestTokens.admin(), id, reach, null).statusCode(200).body("status", equalTo(from));
            version++;
        }
        if (expected.equals("409")) {
            transition(TestTokens.admin(), id, action, "\"" + version + "\"")
                    .statusCode(409).contentType("application/problem+json")
                    .body("type", endsWith("/invalid-transition"))
                    .body("detail", containsString(action + " is not allowed on a challenge that is " + from));
            given().when().get("/api/v1/challenges/" + id)
                    .then().body("status", equalTo(from)).header("ETag", equalTo("\"" + version + "\""));
        } else {
            transition(TestTokens.admin(), id, action, "\"" + version + "\"")
                    .statusCode(200).header("ETag", equalTo("\"" + (version + 1) + "\""))
                    .body("status", equalTo(expected)).body("version", equalTo((int) version + 1));
        }
    }

    @Test
    void keepsTheHistoryWithReasonsAndActors() {
        String region = EventFeed.knownRegion();
        String id = raised("FUNDING", "FUNDING_SYNERGIES", "REGION", region, "HIGH");
        transition(TestTokens.editor(region), id, "ADDRESS", "\"1\"").statusCode(200);
        transition(TestTokens.editor(region), id, "REOPEN", null).statusCode(200);
        transition(TestTokens.admin(), id, "CLOSE", "W/\"3\"").statusCode(200).body("status", equalTo("CLOSED"));
        given().when().get("/api/v1/challenges/" + id + "/history")
                .then().statusCode(200).body("", hasSize(3))
                .body("action", contains("ADDRESS", "REOPEN", "CLOSE"))
                .body("from", contains("OPEN", "ADDRESSED", "OPEN"))
                .body("to", contains("ADDRESSED", "OPEN", "CLOSED"))
                .body("reason", contains("because address", "because reopen", "because close"))
                .body("actor", contains("editor-" + region, "editor-" + region, "admin"))
                .body("version", contains(2, 3, 4));
    }

    @Test
    void refusesAStaleIfMatchAMissingReasonAndAnUnknownAction() {
        String id = raised("GOVERNANCE", null, "COMMUNITY", null, "LOW");
        transition(TestTokens.admin(), id, "ADDRESS", "\"7\"").statusCode(412)
                .body("type", endsWith("/stale-version"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"action\":\"ADDRESS\"}")
                .when().post("/api/v1/challenges/" + id + "/transitions")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"action\":\"SOLVE\",\"reason\":\"x\"}")
                .when().post("/api/v1/challenges/" + id + "/transitions")
                .then().statusCode(400).body("violations[0].field", equalTo("action"));
        given().when().get("/api/v1/challenges/" + id).then().body("status", equalTo("OPEN")).body("version", equalTo(1));
        given().when().get("/api/v1/challenges/" + id + "/history").then().body("", hasSize(0));
    }
}
