package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.s3coop.challenge.support.Api.raise;
import static org.s3coop.challenge.support.Api.raiseBody;
import static org.s3coop.challenge.support.Api.raised;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.Api;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ChallengeResourceTests {

    @Test
    void raisesAChallengeOnAPartnershipAndReadsItWithItsETag() {
        String es = EventFeed.knownRegion();
        String de = EventFeed.knownRegion();
        String partnership = EventFeed.knownPartnership("PILOT", es, de);
        var response = raise(TestTokens.editor(de), raiseBody("CAPACITY", "INSUFFICIENT_TIME", "PARTNERSHIP", partnership, "BLOCKING"))
                .statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("OPEN"))
                .body("version", equalTo(1))
                .body("scope.type", equalTo("PARTNERSHIP"))
                .body("scope.ref", equalTo(partnership))
                .body("raisedBy", equalTo("editor-" + de))
                .extract();
        String id = response.path("id");
        org.hamcrest.MatcherAssert.assertThat(response.header("Location"), endsWith("/api/v1/challenges/" + id));
        given().when().get("/api/v1/challenges/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("cluster", equalTo("CAPACITY"))
                .body("subDimension", equalTo("INSUFFICIENT_TIME"))
                .body("severity", equalTo("BLOCKING"))
                .body("solutions", hasSize(0));
    }

    @Test
    void refusesAScopeRefTheReadModelsDoNotKnow() {
        raise(TestTokens.admin(), raiseBody("FUNDING", null, "PARTNERSHIP", UUID.randomUUID().toString(), "HIGH"))
                .statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/unknown-scope-ref"))
                .body("detail", containsString("scope.ref"));
        raise(TestTokens.admin(), raiseBody("FUNDING", null, "REGION", EventFeed.newRegionCode(), "HIGH"))
                .statusCode(422).body("type", endsWith("/unknown-scope-ref"));
    }

    @Test
    void refusesARetiredRegionAsScope() {
        String code = EventFeed.knownRegion();
        EventFeed.regionEvent(UUID.randomUUID().toString(), "org.s3coop.region.retired.v1", code, 2, false, "Gone");
        EventFeed.awaitRegionVersion(code, 2);
        raise(TestTokens.admin(), raiseBody("FUNDING", null, "REGION", code, "HIGH"))
                .statusCode(422).body("type", endsWith("/retired-region"));
    }

    @Test
    void refusesASubDimensionOfAnotherClusterAndAnUnknownCluster() {
        String region = EventFeed.knownRegion();
        raise(TestTokens.admin(), raiseBody("FUNDING", "INSUFFICIENT_TIME", "REGION", region, "LOW"))
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("subDimension"))
                .body("violations[0].message", containsString("not a sub-dimension of FUNDING"));
        raise(TestTokens.admin(), raiseBody("WEATHER", null, "REGION", region, "LOW"))
                .statusCode(400).body("violations[0].field", equalTo("cluster"));
        raise(TestTokens.admin(), raiseBody("FUNDING", null, "COMMUNITY", "ES51", "LOW"))
                .statusCode(400).body("violations[0].field", equalTo("scope.ref"));
        raise(TestTokens.admin(), raiseBody("FUNDING", null, "REGION", "not-a-code", "LOW"))
                .statusCode(400).body("violations[0].field", equalTo("scope.ref"));
        raise(TestTokens.admin(), raiseBody("FUNDING", null, "REGION", region, "SEVERE"))
                .statusCode(400).body("violations[0].field", equalTo("severity"));
        raise(TestTokens.admin(), "{\"cluster\":\"FUNDING\",\"scope\":{\"type\":\"COMMUNITY\"},\"severity\":\"LOW\"}")
                .statusCode(400).body("violations.field", hasItem("title"));
    }

    @Test
    void updatesWithIfMatchAndRefusesAStaleVersion() {
        String region = EventFeed.knownRegion();
        String id = raised("GOVERNANCE", null, "REGION", region, "MEDIUM");
        String update = "{\"cluster\":\"GOVERNANCE\",\"subDimension\":\"POLITICAL_COMMITMENT\",\"title\":\"New title\","
                + "\"description\":\"sharper\",\"severity\":\"HIGH\"}";
        given().auth().oauth2(TestTokens.editor(region)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(update).when().put("/api/v1/challenges/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("title", equalTo("New title")).body("severity", equalTo("HIGH")).body("version", equalTo(2));
        given().auth().oauth2(TestTokens.editor(region)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(update).when().put("/api/v1/challenges/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().when().get("/api/v1/challenges/" + id).then().header("ETag", equalTo("\"2\""));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(update.replace("POLITICAL_COMMITMENT", "CONTINUED_FUNDING")).when().put("/api/v1/challenges/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("subDimension"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(update).when().put("/api/v1/challenges/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void refusesToChangeAClosedChallengeUntilReopened() {
        String id = raised("FUNDING", null, "COMMUNITY", null, "LOW");
        Api.transition(TestTokens.admin(), id, "CLOSE", null).statusCode(200);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"cluster\":\"FUNDING\",\"title\":\"x\",\"severity\":\"LOW\"}")
                .when().put("/api/v1/challenges/" + id)
                .then().statusCode(409).body("type", endsWith("/challenge-not-open"));
    }

    @Test
    void listsWithFiltersAndPaging() {
        String es = EventFeed.knownRegion();
        String de = EventFeed.knownRegion();
        String partnership = EventFeed.knownPartnership("MAPPING", es, de);
        String onPartnership = raised("FUNDING", "CONTINUED_FUNDING", "PARTNERSHIP", partnership, "BLOCKING");
        String onRegion = raised("CAPACITY", null, "REGION", es, "LOW");
        String onOther = raised("CAPACITY", null, "REGION", de, "HIGH");
        Api.transition(TestTokens.admin(), onOther, "ADDRESS", null).statusCode(200);

        given().queryParam("partnership", partnership).when().get("/api/v1/challenges")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(onPartnership));
        given().queryParam("region", es).when().get("/api/v1/challenges")
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.id", hasItem(onPartnership)).body("items.id", hasItem(onRegion));
        given().queryParam("region", de).queryParam("status", "ADDRESSED").when().get("/api/v1/challenges")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(onOther));
        given().queryParam("region", es).queryParam("cluster", "CAPACITY").queryParam("severity", "LOW")
                .when().get("/api/v1/challenges")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(onRegion));
        given().queryParam("region", es).queryParam("size", 1).queryParam("page", 1).when().get("/api/v1/challenges")
                .then().statusCode(200).body("items", hasSize(1)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2))
                .body("items[0].id", equalTo(onPartnership));
        given().queryParam("status", "OPEN").queryParam("size", 100).when().get("/api/v1/challenges")
                .then().statusCode(200).body("items.status", everyItem(equalTo("OPEN")))
                .body("items.id", not(hasItem(onOther)));
    }

    @Test
    void refusesBadFiltersWith400() {
        given().queryParam("status", "DONE").when().get("/api/v1/challenges")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().queryParam("partnership", "abc").when().get("/api/v1/challenges")
                .then().statusCode(400).body("violations[0].field", equalTo("partnership"));
        given().queryParam("size", 101).when().get("/api/v1/challenges")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().when().get("/api/v1/challenges/not-a-uuid")
                .then().statusCode(400);
        given().when().get("/api/v1/challenges/" + UUID.randomUUID())
                .then().statusCode(404).body("detail", containsString("No challenge"))
                .body("violations", nullValue());
    }

    @Test
    void badInputIsA4xxProblemAndChangesNothing() {
        String region = EventFeed.knownRegion();
        raise(TestTokens.admin(), "{").statusCode(400).contentType("application/problem+json");
        raise(TestTokens.admin(), "{\"cluster\":\"FUNDING\",\"title\":\"x\",\"scope\":\"REGION\",\"severity\":\"LOW\"}")
                .statusCode(400).body("violations[0].field", equalTo("scope"));
        raise(TestTokens.admin(), raiseBody("FUNDING", null, "REGION", region, "LOW").replace("}", ",\"colour\":\"red\"}"))
                .statusCode(400);
        raise(TestTokens.admin(), raiseBody("FUNDING", null, "PLANET", region, "LOW"))
                .statusCode(400).body("violations[0].field", equalTo("scope.type"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.TEXT).body("hello")
                .when().post("/api/v1/challenges").then().statusCode(415);
        String id = raised("FUNDING", null, "REGION", region, "LOW");
        Api.transition(TestTokens.admin(), id, "ADDRESS", "garbage").statusCode(412);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"clusters\":\"CAPACITY\"}")
                .when().put("/api/v1/ranking-rounds/bad-input/votes/" + region).then().statusCode(400);
        given().queryParam("region", region).when().get("/api/v1/challenges")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].status", equalTo("OPEN"));
    }
}
