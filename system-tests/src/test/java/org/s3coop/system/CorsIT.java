package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;

/**
 * Cross-origin reads are allowed from the configured origins only ({@code S3COOP_CORS_ORIGINS}; the suite lists
 * region-service's dashboard origin for partnership- and challenge-service): an allowed origin is echoed, an unknown
 * one is refused (403 problem+json {@code cors-origin-refused}, by the HTTP layer) without
 * {@code Access-Control-Allow-Origin}, writes are not offered cross-origin (403 {@code cors-method-refused}), and
 * credentials never.
 */
@ExtendWith(Suite.class)
class CorsIT {

    private static String allowedOrigin() {
        return Suite.region().url();
    }

    private static String listPath(Suite.Service service) {
        return service == Suite.region() ? "/api/v1/regions"
                : service == Suite.partnership() ? "/api/v1/partnerships" : "/api/v1/challenges";
    }

    @Test
    void anAllowedOriginMayReadAndIsEchoed() {
        for (Suite.Service service : List.of(Suite.partnership(), Suite.challenge())) {
            String path = service == Suite.partnership() ? "/api/v1/portfolio" : "/api/v1/challenge-clusters";
            Response r = given().baseUri(service.url()).header("Origin", allowedOrigin()).get(path);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.getHeader("Access-Control-Allow-Origin")).as(service.name()).isEqualTo(allowedOrigin());
            assertThat(r.getHeader("Access-Control-Allow-Credentials")).as(service.name()).isNotEqualToIgnoringCase("true");

            Response preflight = given().baseUri(service.url()).header("Origin", allowedOrigin())
                    .header("Access-Control-Request-Method", "GET").options(path);
            assertThat(preflight.statusCode()).isBetween(200, 204);
            assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isEqualTo(allowedOrigin());
            assertThat(preflight.getHeader("Access-Control-Allow-Methods")).contains("GET").doesNotContain("POST")
                    .doesNotContain("PUT").doesNotContain("DELETE");
            assertThat(preflight.getHeader("Access-Control-Allow-Credentials")).isNotEqualToIgnoringCase("true");
        }
    }

    @Test
    void aCrossOriginWriteIsRefusedWithAProblem() {
        Response r = given().baseUri(Suite.partnership().url()).header("Origin", allowedOrigin())
                .contentType("application/json").body("{}").post("/api/v1/partnerships");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.getHeader("Access-Control-Allow-Origin")).isNull();
        assertProblem(r, "cors-method-refused");
    }

    private static void assertProblem(Response r, String slug) {
        assertThat(r.getContentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("type")).isEqualTo("https://s3coop.org/problems/" + slug);
        assertThat(r.jsonPath().getInt("status")).isEqualTo(403);
    }

    @Test
    void anUnknownOriginGetsNoCorsHeaders() {
        for (Suite.Service service : List.of(Suite.region(), Suite.partnership(), Suite.challenge())) {
            for (String origin : List.of("https://evil.example", "null", allowedOrigin() + ".evil.example",
                    "http://localhost:1")) {
                Response r = given().baseUri(service.url()).header("Origin", origin).get(listPath(service));
                assertThat(r.statusCode()).as(service.name() + " for " + origin).isEqualTo(403);
                assertThat(r.getHeader("Access-Control-Allow-Origin")).as(service.name() + " for " + origin).isNull();
                assertThat(r.getHeader("Access-Control-Allow-Credentials")).as(service.name()).isNull();
                assertProblem(r, "cors-origin-refused");

                Response preflight = given().baseUri(service.url()).header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST").options(listPath(service));
                assertThat(preflight.getHeader("Access-Control-Allow-Origin")).as("preflight " + service.name() + " for " + origin)
                        .isNull();
                assertThat(preflight.statusCode()).isEqualTo(403);
                assertProblem(preflight, "cors-origin-refused");
            }
        }
    }
}
