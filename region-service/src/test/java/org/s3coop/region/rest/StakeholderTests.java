package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.s3coop.region.support.Fixtures.priorities;
import static org.s3coop.region.support.Fixtures.registered;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class StakeholderTests {

    private static io.restassured.response.Response add(String code, String json) {
        return given().auth().oauth2(TestTokens.editor(code)).contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/regions/" + code + "/stakeholders");
    }

    @Test
    void addsListsReadsAndRemovesStakeholders() {
        String code = registered(priorities("C21"));
        String location = add(code, "{\"name\":\"Universitat de Barcelona\",\"type\":\"UNIVERSITY\"}")
                .then().statusCode(201).body("regionCode", equalTo(code)).body("type", equalTo("UNIVERSITY"))
                .extract().header("Location");
        add(code, "{\"name\":\"Biocat\",\"type\":\"CLUSTER\"}").then().statusCode(201);
        given().when().get("/api/v1/regions/" + code + "/stakeholders").then().statusCode(200)
                .body("items.name", contains("Biocat", "Universitat de Barcelona")).body("totalItems", equalTo(2));
        given().when().get(location).then().statusCode(200).body("name", equalTo("Universitat de Barcelona"));
        given().auth().oauth2(TestTokens.editor(code)).when().delete(location).then().statusCode(204);
        given().when().get(location).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/regions/" + code + "/stakeholders").then().body("items.name", contains("Biocat"));
    }

    @Test
    void refusesBadStakeholders() {
        String code = registered(priorities("C21"));
        add(code, "{\"name\":\"X\",\"type\":\"GUILD\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("type"))
                .body("violations[0].message", containsString("PUBLIC_AUTHORITY"));
        add(code, "{\"name\":\"  \",\"type\":\"COMPANY\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("name"));
        given().when().get("/api/v1/regions/" + code + "/stakeholders").then().body("totalItems", equalTo(0));
        add("ZZ998", "{\"name\":\"X\",\"type\":\"COMPANY\"}").then().statusCode(404);
        given().when().get("/api/v1/regions/" + code + "/stakeholders/not-a-uuid").then().statusCode(400);
        given().when().get("/api/v1/regions/" + code + "/stakeholders/6f1c1f9e-0000-4000-8000-000000000000")
                .then().statusCode(404);
    }

    @Test
    void aRetiredRegionTakesNoNewStakeholders() {
        String code = registered(priorities("C21"));
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/regions/" + code).then().statusCode(204);
        add(code, "{\"name\":\"Late\",\"type\":\"COMPANY\"}").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("retired"));
    }

    @Test
    void aStakeholderIsOnlyFoundUnderItsOwnRegion() {
        String a = registered(priorities("C21"));
        String b = registered(priorities("C21"));
        String location = add(a, "{\"name\":\"Only in A\",\"type\":\"COMPANY\"}").then().statusCode(201)
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().when().get("/api/v1/regions/" + b + "/stakeholders/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.editor(b)).when().delete("/api/v1/regions/" + b + "/stakeholders/" + id)
                .then().statusCode(404);
        given().when().get(location).then().statusCode(200);
    }
}
