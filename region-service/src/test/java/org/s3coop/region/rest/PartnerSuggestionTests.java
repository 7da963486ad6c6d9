package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.s3coop.region.support.Fixtures.priorities;
import static org.s3coop.region.support.Fixtures.registered;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A small hand-checked example. The codes R90, R91, R93, S95 and SPACE are used by no other test, so no other
 * region scores above 0.
 */
@QuarkusTest
class PartnerSuggestionTests {

    @Test
    void ranksRegionsOfOtherCountriesByExplainedScore() {
        // a = {R90, R91, SPACE}
        String a = registered("PA", priorities("R90", "R91", "SPACE"));
        // b = {R90, R93, SPACE, S95}: shared {R90, SPACE}; union 5 → similarity 0.4;
        // only-b {R93, S95}: R93 shares section R with a → complementarity 1/2 = 0.5; score 0.6·0.4 + 0.4·0.5 = 0.44
        String b = registered("PB", priorities("R90", "R93", "SPACE", "S95"));
        // c = {R90, R91, SPACE}: identical → similarity 1, nothing only-c → complementarity 0; score 0.6
        String c = registered("PC", priorities("R90", "R91", "SPACE"));
        // d = {R93}: shares nothing; R93 complements → similarity 0, complementarity 1; score 0.4
        String d = registered("PD", priorities("R93"));
        // e = same country as a: never suggested
        registered("PA", priorities("R90", "R91", "SPACE"));
        // f = {S95}: nothing shared, nothing related → score 0, left out
        registered("PF", priorities("S95"));
        // g = identical to c but retired: left out
        String g = registered("PG", priorities("R90", "R91", "SPACE"));
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/regions/" + g).then().statusCode(204);

        given().when().get("/api/v1/regions/" + a + "/partner-suggestions").then().statusCode(200)
                .body("code", contains(c, b, d))
                .body("[0].score", equalTo(0.6f)).body("[0].similarity", equalTo(1.0f))
                .body("[0].complementarity", equalTo(0.0f))
                .body("[0].sharedCodes", contains("R90", "R91", "SPACE"))
                .body("[0].complementaryCodes", empty())
                .body("[1].score", equalTo(0.44f)).body("[1].similarity", equalTo(0.4f))
                .body("[1].complementarity", equalTo(0.5f))
                .body("[1].sharedCodes", contains("R90", "SPACE"))
                .body("[1].complementaryCodes", contains("R93"))
                .body("[1].country", equalTo("PB")).body("[1].name", equalTo("Region " + b))
                .body("[2].score", equalTo(0.4f)).body("[2].complementaryCodes", contains("R93"));

        given().queryParam("limit", 2).when().get("/api/v1/regions/" + a + "/partner-suggestions").then()
                .body("code", contains(c, b));
    }

    @Test
    void equalScoresAreOrderedByCode() {
        String a = registered("PH", priorities("T97"));
        String second = registered("PK", priorities("T97"));
        String first = registered("PJ", priorities("T97"));
        given().when().get("/api/v1/regions/" + a + "/partner-suggestions").then()
                .body("code", contains(first, second)).body("score", contains(0.6f, 0.6f));
    }

    @Test
    void badLimitsAndUnknownRegions() {
        String a = registered("PL", priorities("C10"));
        given().queryParam("limit", 0).when().get("/api/v1/regions/" + a + "/partner-suggestions").then().statusCode(400);
        given().queryParam("limit", 51).when().get("/api/v1/regions/" + a + "/partner-suggestions").then().statusCode(400);
        given().when().get("/api/v1/regions/ZZ997/partner-suggestions").then().statusCode(404);
        given().queryParam("limit", 50).when().get("/api/v1/regions/" + a + "/partner-suggestions").then()
                .statusCode(200).body("$", hasSize(org.hamcrest.Matchers.lessThanOrEqualTo(50)));
    }
}
