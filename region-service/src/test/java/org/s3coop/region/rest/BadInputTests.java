package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Every kind of bad input gets a 4xx problem+json and changes nothing. */
@QuarkusTest
class BadInputTests {

    private static void assertAbsent(String code) {
        given().when().get("/api/v1/regions/" + code).then().statusCode(404);
    }

    @Test
    void unknownFieldsAreRefused() {
        String code = Fixtures.code();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"X\",\"colour\":\"blue\"}")
                .when().post("/api/v1/regions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("colour"))
                .body("violations[0].message", containsString("unknown field"));
        assertAbsent(code);
    }

    @Test
    void malformedJsonIsRefused() {
        String code = Fixtures.code();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",")
                .when().post("/api/v1/regions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://s3coop.org/problems/malformed-json"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"code\":\"" + code + "\"} trailing")
                .when().post("/api/v1/regions").then().statusCode(400).contentType("application/problem+json");
        assertAbsent(code);
    }

    @Test
    void wrongTypesAndEnumValuesNameTheField() {
        String code = Fixtures.code();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"X\",\"priorities\":[{\"family\":\"ECONOMY\",\"code\":\"C21\"}]}")
                .when().post("/api/v1/regions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("priorities[0].family"))
                .body("violations[0].message", containsString("ECONOMIC_DOMAIN"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"X\",\"priorities\":\"C21\"}")
                .when().post("/api/v1/regions").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("priorities"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":42,\"name\":[]}")
                .when().post("/api/v1/regions").then().statusCode(400).contentType("application/problem+json");
        assertAbsent(code);
    }

    @Test
    void missingBodyAndMissingFieldsAreRefused() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .when().post("/api/v1/regions").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/regions").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("code"))
                // name is optional: a region takes its official name
                .body("violations.field", not(hasItem("name")));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("null")
                .when().post("/api/v1/regions").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void tooLongStringsAndTooManyPrioritiesAreRefused() {
        String code = Fixtures.code();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"" + "x".repeat(201) + "\"}")
                .when().post("/api/v1/regions").then().statusCode(400)
                .body("violations[0].field", equalTo("name"));
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 51; i++) {
            many.append(i == 0 ? "" : ",").append("{\"family\":\"POLICY_OBJECTIVE\",\"code\":\"HEALTH\"}");
        }
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"X\",\"priorities\":" + many + "]}")
                .when().post("/api/v1/regions").then().statusCode(400)
                .body("violations[0].field", equalTo("priorities"));
        assertAbsent(code);
    }

    @Test
    void unicodeAndInjectionLookingTextIsStoredAsText() {
        String code = Fixtures.code();
        String name = "Région d'Ελλάδα '; drop table region; -- <script>";
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}")
                .when().post("/api/v1/regions").then().statusCode(201);
        given().when().get("/api/v1/regions/" + code).then().statusCode(200).body("name", equalTo(name));
        given().queryParam("q", "'; drop table region; --").when().get("/api/v1/regions").then().statusCode(200)
                .body("items.code", hasItem(code));
    }

    @Test
    void wrongContentTypeIs415() {
        String code = Fixtures.code();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.TEXT).body("code=" + code)
                .when().post("/api/v1/regions").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType("application/xml").body("<region/>")
                .when().post("/api/v1/regions").then().statusCode(415);
        assertAbsent(code);
    }

    @Test
    void oversizedBodyIs413() {
        String code = Fixtures.code();
        String huge = "{\"code\":\"" + code + "\",\"name\":\"" + "x".repeat(70_000) + "\"}";
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/regions").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
        assertAbsent(code);
    }

    @Test
    void wrongMethodIs405() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}")
                .when().patch("/api/v1/regions/ES51").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void aBodyWithoutContentTypeIs415() throws Exception {
        String code = Fixtures.code();
        // rest-assured always names a type; java.net.http sends none unless told
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/regions"))
                .header("Authorization", "Bearer " + TestTokens.admin())
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"No type\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertAbsent(code);
    }

    @Test
    void nulCharactersAndPaddedEnumValuesAreRefused() {
        String code = Fixtures.code();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Nul\\u0000name\"}")
                .when().post("/api/v1/regions").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].message", containsString("NUL"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"X\",\"priorities\":[{\"family\":\"ECONOMIC_DOMAIN\\u0000\",\"code\":\"C21\"}]}")
                .when().post("/api/v1/regions").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("priorities[0].family"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"X\",\"priorities\":[{\"family\":\" ECONOMIC_DOMAIN\",\"code\":\"C21\"}]}")
                .when().post("/api/v1/regions").then().statusCode(400).contentType("application/problem+json");
        // in a query parameter the database refuses it: still a 400, never a 500
        given().queryParam("q", "a\u0000b").when().get("/api/v1/regions").then().statusCode(400)
                .contentType("application/problem+json");
        assertAbsent(code);
    }
}
