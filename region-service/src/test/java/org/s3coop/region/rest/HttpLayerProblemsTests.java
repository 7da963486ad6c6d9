package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The errors the HTTP layer answers before the REST layer (platform {@code RequestLimits}, {@code CorsRefusals},
 * {@code ClearTextHttp1}) are problem documents too: request line, headers, a chunked body past the limit, CORS.
 */
@QuarkusTest
class HttpLayerProblemsTests {
    private static final String BASE = "https://s3coop.org/problems/";

    private static HttpResponse<String> postChunked(HttpClient.Version version, String body) throws Exception {
        return HttpClient.newBuilder().version(version).build().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/regions"))
                .header("Authorization", "Bearer " + TestTokens.admin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        body.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLongRequestLineIs414AndLargeHeaders431() {
        given().urlEncodingEnabled(false).get("/api/v1/regions?q=" + "a".repeat(5000)).then().statusCode(414)
                .contentType("application/problem+json").body("type", equalTo(BASE + "uri-too-long"))
                .body("instance", equalTo("/api/v1/regions"));
        given().header("X-Padding", "p".repeat(21_000)).get("/api/v1/regions").then().statusCode(431)
                .contentType("application/problem+json").body("type", equalTo(BASE + "headers-too-large"));
        given().urlEncodingEnabled(false).get("/api/v1/regions?padding=" + "a".repeat(3000)).then().statusCode(200);
    }

    @Test
    void aChunkedBodyIsCountedAgainstTheLimitAndReadWhenWithinIt() throws Exception {
        for (HttpClient.Version version : HttpClient.Version.values()) {
            HttpResponse<String> big = postChunked(version, "{\"code\":\"QC1\",\"name\":\"" + "x".repeat(200_000) + "\"}");
            assertThat(big.statusCode()).as(version + " " + big.body()).isEqualTo(413);
            assertThat(big.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(big.body()).contains(BASE + "payload-too-large");
            assertThat(big.version()).as("plain text: HTTP/1.1 (no h2c upgrade)").isEqualTo(HttpClient.Version.HTTP_1_1);
        }
        String code = Fixtures.code();
        HttpResponse<String> small = postChunked(HttpClient.Version.HTTP_1_1,
                "{\"code\":\"" + code + "\",\"name\":\"In chunks\"}");
        assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
        given().get("/api/v1/regions/" + code).then().statusCode(200).body("name", equalTo("In chunks"));
    }

    @Test
    void corsRefusalsAreProblemsWithoutCorsHeaders() {
        given().header("Origin", "https://evil.example").get("/api/v1/regions").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo(BASE + "cors-origin-refused"))
                .header("Access-Control-Allow-Origin", (String) null);
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/regions").then().statusCode(403).body("type", equalTo(BASE + "cors-origin-refused"));
        given().header("Origin", "http://localhost:8081").auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{}").post("/api/v1/regions").then().statusCode(403)
                .body("type", equalTo(BASE + "cors-method-refused"));
        given().header("Origin", "http://localhost:8081").get("/api/v1/regions").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8081");
    }
}
