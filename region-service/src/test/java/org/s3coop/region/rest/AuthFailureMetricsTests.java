package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A request whose token fails verification is still counted under its URI template, not its raw path: the template
 * is worked out when authentication fails ({@code platform} {@code AuthFailureTemplatePath}), no longer on every
 * request.
 */
@QuarkusTest
class AuthFailureMetricsTests {
    private static final Pattern FAILED_PUT = Pattern.compile(
            "http_server_requests_seconds_count\\{[^}]*method=\"PUT\"[^}]*status=\"401\"[^}]*"
                    + "uri=\"/api/v1/regions/\\{code}\"[^}]*} ([0-9.]+)");

    @Test
    void aRefusedTokenIsCountedUnderTheUriTemplate() {
        double before = failedPuts();
        String code = Fixtures.code();
        given().auth().oauth2(TestTokens.signedByStranger(code)).contentType(ContentType.JSON)
                .body("{\"name\":\"Region\",\"priorities\":[]}")
                .when().put("/api/v1/regions/" + code)
                .then().statusCode(401).contentType("application/problem+json");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(failedPuts())
                .isEqualTo(before + 1));
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain("uri=\"/api/v1/regions/" + code + "\"");
    }

    @Test
    void aReadIsCountedUnderTheUriTemplate() {
        String code = Fixtures.code();
        Fixtures.register(code, Fixtures.priorities("C22")).then().statusCode(201);
        given().when().get("/api/v1/regions/" + code).then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                given().when().get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\"[^}]*"
                        + "uri=\"/api/v1/regions/\\{code}\"")
                .doesNotContain("uri=\"/api/v1/regions/" + code + "\""));
    }

    private static double failedPuts() {
        var m = FAILED_PUT.matcher(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
