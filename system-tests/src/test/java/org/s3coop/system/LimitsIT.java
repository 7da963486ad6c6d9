package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The limits a client meets (docs/api.md, "Limits"): request body size, request line, page size, string lengths,
 * members and participants of a partnership. Each refusal is a 4xx problem and changes nothing.
 */
@ExtendWith(Suite.class)
class LimitsIT {
    private static final String ADMIN = TestTokens.admin();
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String code = NutsCodes.code("limits");
        String big = "{\"code\":\"" + code + "\",\"name\":\"" + "x".repeat(70_000) + "\"}";
        given().baseUri(Suite.region().url()).auth().oauth2(ADMIN).contentType(ContentType.JSON).body(big)
                .post("/api/v1/regions").then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("title", equalTo("Payload too large"));
        // without Content-Length (chunked): cut by the HTTP server's own limit
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Suite.region().url() + "/api/v1/regions"))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        ("{\"code\":\"" + code + "\",\"name\":\"" + "x".repeat(2_000_000) + "\"}").getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(chunked.body()).contains("\"type\":\"https://s3coop.org/problems/payload-too-large\"")
                .contains("\"status\":413");
        given().baseUri(Suite.region().url()).get("/api/v1/regions/" + code).then().statusCode(404);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws Exception {
        String code = NutsCodes.code("limits-chunked");
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Suite.region().url() + "/api/v1/regions"))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        ("{\"code\":\"" + code + "\",\"name\":\"Sent in chunks\"}").getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(201);
        given().baseUri(Suite.region().url()).get("/api/v1/regions/" + code).then().statusCode(200)
                .body("name", equalTo("Sent in chunks"));
    }

    @Test
    void aRequestLineOverFourKibibytesIsRefusedWithAProblem() {
        for (Suite.Service service : Suite.services()) {
            Response r = given().baseUri(service.url()).urlEncodingEnabled(false)
                    .get("/api/v1/regions?q=" + "a".repeat(5000));
            assertThat(r.statusCode()).as(service.name()).isEqualTo(414);
            assertThat(r.getContentType()).startsWith("application/problem+json");
            assertThat(r.jsonPath().getString("type")).isEqualTo("https://s3coop.org/problems/uri-too-long");
            assertThat(r.jsonPath().getInt("status")).isEqualTo(414);
        }
        // past the HTTP server's own limit (64 KiB) its decoder answers first, without a body (docs/api.md, Limits)
        Response huge = given().baseUri(Suite.region().url()).urlEncodingEnabled(false)
                .get("/api/v1/regions?q=" + "a".repeat(70_000));
        assertThat(huge.statusCode()).isEqualTo(414);
    }

    @Test
    void headersOverTwentyKibibytesAreRefusedWithAProblem() {
        for (Suite.Service service : Suite.services()) {
            Response r = given().baseUri(service.url()).header("X-Padding", "p".repeat(21_000)).get("/q/health/live");
            assertThat(r.statusCode()).as(service.name()).isEqualTo(431);
            assertThat(r.getContentType()).startsWith("application/problem+json");
            assertThat(r.jsonPath().getString("type")).isEqualTo("https://s3coop.org/problems/headers-too-large");
        }
        given().baseUri(Suite.region().url()).header("X-Padding", "p".repeat(10_000)).get("/q/health/live").then()
                .statusCode(200);
    }

    @Test
    void methodsAndMediaTypesTheServiceDoesNotServeAreProblems() {
        given().baseUri(Suite.partnership().url()).request("PATCH", "/api/v1/partnerships").then().statusCode(405)
                .contentType("application/problem+json").body("type", equalTo("https://s3coop.org/problems/method-not-allowed"));
        given().baseUri(Suite.challenge().url()).accept("application/xml").get("/api/v1/challenges").then()
                .statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("https://s3coop.org/problems/not-acceptable"));
        given().baseUri(Suite.region().url()).get("/nothing/here").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://s3coop.org/problems/not-found"));
    }

    @Test
    void pagesHoldAtMostAHundredItems() {
        given().baseUri(Suite.region().url()).queryParam("size", 100).get("/api/v1/regions").then().statusCode(200)
                .body("size", equalTo(100));
        for (String size : List.of("101", "0", "-1", "100000", "1e2")) {
            given().baseUri(Suite.region().url()).queryParam("size", size).get("/api/v1/regions").then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field", hasItem("size"));
        }
        given().baseUri(Suite.partnership().url()).queryParam("page", -1).get("/api/v1/partnerships").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("page"));
    }

    @Test
    void stringsHaveTheirMaximumLength() {
        String code = NutsCodes.code("limits");
        given().baseUri(Suite.region().url()).auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"" + "n".repeat(201) + "\"}").post("/api/v1/regions").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("name"));
        given().baseUri(Suite.region().url()).get("/api/v1/regions/" + code).then().statusCode(404);
    }

    @Test
    void aPartnershipHasAtMostFiftyMembersAndTwoHundredParticipants() {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            codes.add(NutsCodes.code("limits"));
        }
        for (String code : codes) {
            given().baseUri(Suite.region().url()).auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body("{\"code\":\"" + code + "\",\"name\":\"Limit region " + code + "\"}").post("/api/v1/regions")
                    .then().statusCode(201);
        }
        String lead = codes.get(0);
        String[] id = new String[1];
        Awaitility.await("partnership-service knows " + lead).atMost(EVENTUALLY).untilAsserted(() -> {
            Response r = as(ADMIN).body("{\"title\":\"Crowded\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\"},"
                    + "\"leadRegion\":\"" + lead + "\",\"members\":[{\"regionCode\":\"" + lead + "\"}]}")
                    .post("/api/v1/partnerships");
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
            id[0] = r.jsonPath().getString("id");
        });
        String members = "/api/v1/partnerships/" + id[0] + "/members/";
        for (String code : codes.subList(1, 50)) {
            Awaitility.await("member " + code).atMost(EVENTUALLY).untilAsserted(() -> {
                Response r = as(ADMIN).body("{\"role\":\"partner\"}").put(members + code);
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
            });
        }
        String last = codes.get(50);
        Awaitility.await("the 51st member is refused").atMost(EVENTUALLY).untilAsserted(() -> {
            Response r = as(ADMIN).body("{\"role\":\"partner\"}").put(members + last);
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(409);
            assertThat(r.getContentType()).startsWith("application/problem+json");
            assertThat(r.jsonPath().getString("type")).endsWith("/member-limit-reached");
        });
        // changing an existing member is still fine
        as(ADMIN).body("{\"role\":\"partner\",\"contribution\":\"more\"}").put(members + codes.get(1)).then().statusCode(200);

        String participants = "/api/v1/partnerships/" + id[0] + "/participants";
        for (int i = 0; i < 200; i++) {
            as(ADMIN).body("{\"name\":\"Org " + i + "\",\"type\":\"COMPANY\",\"regionCode\":\"" + lead + "\"}")
                    .post(participants).then().statusCode(201);
        }
        as(ADMIN).body("{\"name\":\"One too many\",\"type\":\"COMPANY\",\"regionCode\":\"" + lead + "\"}").post(participants)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://s3coop.org/problems/participant-limit-reached"));
        given().baseUri(Suite.partnership().url()).get("/api/v1/partnerships/" + id[0]).then().statusCode(200)
                .body("members.size()", equalTo(50)).body("participants.size()", equalTo(200));
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().baseUri(Suite.partnership().url()).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
