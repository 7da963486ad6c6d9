package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.s3coop.region.support.Fixtures.priorities;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SecurityTests {

    private static String body(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"Region\",\"priorities\":" + priorities("C22") + "}";
    }

    @Test
    void writesNeedAValidToken() {
        String code = Fixtures.code();
        given().contentType(ContentType.JSON).body(body(code)).when().post("/api/v1/regions")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        for (String bad : new String[] { TestTokens.signedByStranger(code), TestTokens.expiredEditor(code),
                TestTokens.wrongIssuer(code), "not-a-jwt" }) {
            given().auth().oauth2(bad).contentType(ContentType.JSON).body(body(code)).when().post("/api/v1/regions")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().when().get("/api/v1/regions/" + code).then().statusCode(404);
    }

    @Test
    void viewersCannotWrite() {
        String code = Fixtures.code();
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(body(code))
                .when().post("/api/v1/regions").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/regions/" + code).then().statusCode(404);
    }

    @Test
    void editorsChangeOnlyTheirRegions() {
        String mine = Fixtures.code();
        String theirs = Fixtures.code();
        given().auth().oauth2(TestTokens.editor(mine)).contentType(ContentType.JSON).body(body(mine))
                .when().post("/api/v1/regions").then().statusCode(201);
        given().auth().oauth2(TestTokens.editor(mine)).contentType(ContentType.JSON).body(body(theirs))
                .when().post("/api/v1/regions").then().statusCode(403)
                .body("detail", containsString(theirs));
        Fixtures.register(theirs, priorities("C22")).then().statusCode(201);
        given().auth().oauth2(TestTokens.editor(mine)).contentType(ContentType.JSON)
                .body("{\"name\":\"Taken over\",\"priorities\":[]}")
                .when().put("/api/v1/regions/" + theirs).then().statusCode(403);
        given().auth().oauth2(TestTokens.editor(mine)).when().delete("/api/v1/regions/" + theirs).then().statusCode(403);
        given().auth().oauth2(TestTokens.editor(mine)).contentType(ContentType.JSON)
                .body("{\"name\":\"Spam\",\"type\":\"COMPANY\"}")
                .when().post("/api/v1/regions/" + theirs + "/stakeholders").then().statusCode(403);
        given().when().get("/api/v1/regions/" + theirs).then().body("name", equalTo("Region " + theirs))
                .body("active", equalTo(true));
        given().auth().oauth2(TestTokens.editor(mine)).contentType(ContentType.JSON)
                .body("{\"name\":\"Mine, renamed\",\"priorities\":[]}")
                .when().put("/api/v1/regions/" + mine).then().statusCode(200);
    }

    @Test
    void readsAreOpenByDefault() {
        given().when().get("/api/v1/regions").then().statusCode(200);
        given().when().get("/api/v1/priority-catalogue").then().statusCode(200);
    }
}
