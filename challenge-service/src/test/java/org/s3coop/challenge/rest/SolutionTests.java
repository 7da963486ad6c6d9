package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.s3coop.challenge.support.Api.raised;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.Api;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class SolutionTests {

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aSolutionGoesFromProposedToPilotedToAdopted() {
        String es = EventFeed.knownRegion();
        String de = EventFeed.knownRegion();
        String partnership = EventFeed.knownPartnership("PILOT", es, de);
        String id = raised("CAPACITY", "INADEQUATE_CAPACITY", "PARTNERSHIP", partnership, "HIGH");

        var proposed = as(TestTokens.editor(es)).header("If-Match", "\"1\"")
                .body("{\"title\":\"Joint secretariat\",\"description\":\"shared staff\"}")
                .when().post("/api/v1/challenges/" + id + "/solutions")
                .then().statusCode(201).header("ETag", equalTo("\"2\""))
                .body("status", equalTo("PROPOSED")).body("adoptingRegions", hasSize(0))
                .extract();
        String sid = proposed.path("id");
        org.hamcrest.MatcherAssert.assertThat(proposed.header("Location"),
                endsWith("/api/v1/challenges/" + id + "/solutions/" + sid));

        as(TestTokens.editor(de)).header("If-Match", "\"2\"")
                .body("{\"title\":\"Joint secretariat\",\"status\":\"PILOTED\",\"adoptingRegions\":[\"" + es + "\"]}")
                .when().put("/api/v1/challenges/" + id + "/solutions/" + sid)
                .then().statusCode(200).header("ETag", equalTo("\"3\""))
                .body("status", equalTo("PILOTED")).body("adoptingRegions", contains(es));
        as(TestTokens.admin())
                .body("{\"title\":\"Joint secretariat\",\"status\":\"ADOPTED\",\"adoptingRegions\":[\"" + es + "\",\"" + de + "\"]}")
                .when().put("/api/v1/challenges/" + id + "/solutions/" + sid)
                .then().statusCode(200).body("status", equalTo("ADOPTED"));

        given().when().get("/api/v1/challenges/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"4\""))
                .body("solutions", hasSize(1)).body("solutions[0].status", equalTo("ADOPTED"))
                .body("solutions[0].adoptingRegions", hasSize(2));
        given().when().get("/api/v1/challenges/" + id + "/solutions/" + sid)
                .then().statusCode(200).header("ETag", equalTo("\"4\"")).body("title", equalTo("Joint secretariat"));

        // never backwards
        as(TestTokens.admin()).body("{\"title\":\"Joint secretariat\",\"status\":\"PILOTED\",\"adoptingRegions\":[\"" + es + "\"]}")
                .when().put("/api/v1/challenges/" + id + "/solutions/" + sid)
                .then().statusCode(409).body("type", endsWith("/solution-status-backwards"));
    }

    @Test
    void adoptingRegionsMustBeKnownAndAnAdoptedSolutionNamesOne() {
        String region = EventFeed.knownRegion();
        String id = raised("FUNDING", null, "REGION", region, "MEDIUM");
        String unknown = EventFeed.newRegionCode();
        as(TestTokens.admin()).body("{\"title\":\"Pooled fund\",\"adoptingRegions\":[\"" + region + "\",\"" + unknown + "\"]}")
                .when().post("/api/v1/challenges/" + id + "/solutions")
                .then().statusCode(422).body("type", endsWith("/unknown-region"))
                .body("detail", containsString(unknown));
        as(TestTokens.admin()).body("{\"title\":\"Pooled fund\",\"adoptingRegions\":[\"nope\"]}")
                .when().post("/api/v1/challenges/" + id + "/solutions")
                .then().statusCode(400).body("violations[0].field", equalTo("adoptingRegions[0]"));
        String sid = as(TestTokens.admin()).body("{\"title\":\"Pooled fund\"}")
                .when().post("/api/v1/challenges/" + id + "/solutions")
                .then().statusCode(201).extract().path("id");
        as(TestTokens.admin()).body("{\"title\":\"Pooled fund\",\"status\":\"ADOPTED\"}")
                .when().put("/api/v1/challenges/" + id + "/solutions/" + sid)
                .then().statusCode(400).body("violations[0].field", equalTo("adoptingRegions"));
        as(TestTokens.admin()).body("{\"title\":\"Pooled fund\",\"status\":\"PILOTED\"}")
                .when().put("/api/v1/challenges/" + id + "/solutions/" + UUID.randomUUID())
                .then().statusCode(404);
        // a stale If-Match changes nothing
        as(TestTokens.admin()).header("If-Match", "\"1\"").body("{\"title\":\"Other\",\"status\":\"PILOTED\"}")
                .when().put("/api/v1/challenges/" + id + "/solutions/" + sid)
                .then().statusCode(412);
        given().when().get("/api/v1/challenges/" + id).then()
                .body("version", equalTo(2)).body("solutions[0].status", equalTo("PROPOSED"));
    }

    @Test
    void noProposalOnAWithdrawnChallenge() {
        String id = raised("GOVERNANCE", null, "COMMUNITY", null, "LOW");
        Api.transition(TestTokens.admin(), id, "WITHDRAW", null).statusCode(200);
        as(TestTokens.admin()).body("{\"title\":\"Too late\"}")
                .when().post("/api/v1/challenges/" + id + "/solutions")
                .then().statusCode(409).body("type", endsWith("/challenge-not-open"));
    }
}
