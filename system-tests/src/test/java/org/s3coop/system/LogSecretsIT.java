package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;

/**
 * No token or secret reaches the services' logs ({@code system-tests/target/services/<service>.log}): the test first
 * sends its own traffic with good and bad tokens (valid, forged, expired, foreign issuer or audience, garbage), on
 * successful and failing paths (401, 403, 400, 404, 500-prone input), then reads the logs of the whole run so far
 * (other ITs' traffic included) for any JWT, any {@code Bearer } credential, the database password and a webhook
 * secret it gave (used to sign deliveries that fail, and refused with an address the SSRF guard refuses).
 */
@ExtendWith(Suite.class)
class LogSecretsIT {
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/-]{8,}");

    @Test
    void logsHoldNoTokensAndNoPasswords() throws IOException {
        List<String> sent = List.of(TestTokens.admin(), TestTokens.editor("QS1"), TestTokens.viewer(),
                TestTokens.signedByStranger("QS1"), TestTokens.expiredEditor("QS1"), TestTokens.wrongIssuer("QS1"),
                TestTokens.wrongAudience("QS1"), "not.a.jwt-but-a-secret-" + System.nanoTime());
        for (Suite.Service service : List.of(Suite.region(), Suite.partnership(), Suite.challenge())) {
            for (String token : sent) {
                for (String path : List.of("/api/v1/regions", "/api/v1/partnerships", "/api/v1/challenges")) {
                    // a write: 401 / 403 / 400 / 415 / 404 / 405 by token and service
                    given().baseUri(service.url()).auth().oauth2(token).contentType(ContentType.JSON)
                            .body("{\"code\":\"qs\",\"name\":\"\\u0000\"}").post(path);
                    // a read with the token, and a missing resource
                    given().baseUri(service.url()).auth().oauth2(token).get(path);
                    given().baseUri(service.url()).auth().oauth2(token).get(path + "/00000000-0000-0000-0000-000000000000");
                }
                // the token in other places a careless log might print: a query parameter and a header
                given().baseUri(service.url()).queryParam("access_token", token).get("/api/v1/regions");
                given().baseUri(service.url()).header("Authorization", "Bearer " + token + " trailing").get("/api/v1/regions");
            }
        }
        assertThat(sent).allSatisfy(t -> assertThat(t).isNotBlank());

        // a webhook secret: given at creation, used to sign deliveries that fail (an endpoint that is not there) and
        // one that the API refuses (an address the SSRF guard refuses)
        String webhookSecret = "whsec_" + java.util.Base64.getEncoder().encodeToString(
                java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        String webhook = given().baseUri(Suite.region().url()).auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"url\":\"http://127.0.0.1:9/hooks\",\"types\":[\"org.s3coop.region.*\"],\"secret\":\""
                        + webhookSecret + "\"}").post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        given().baseUri(Suite.region().url()).auth().oauth2(TestTokens.admin()).post("/api/v1/webhooks/" + webhook + "/test")
                .then().statusCode(202);
        given().baseUri(Suite.region().url()).auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"url\":\"http://10.0.0.1/hooks\",\"types\":[\"*\"],\"secret\":\"" + webhookSecret + "\"}")
                .post("/api/v1/webhooks").then().statusCode(400);
        org.awaitility.Awaitility.await("the test delivery failed").atMost(java.time.Duration.ofSeconds(30)).until(() ->
                "FAILED".equals(given().baseUri(Suite.region().url()).auth().oauth2(TestTokens.admin())
                        .get("/api/v1/webhooks/" + webhook + "/deliveries").then().extract().path("items[0].status")));
        given().baseUri(Suite.region().url()).auth().oauth2(TestTokens.admin()).delete("/api/v1/webhooks/" + webhook)
                .then().statusCode(204);

        List<String> leaks = new ArrayList<>();
        Path logs = Path.of(System.getProperty("s3coop.root", "..")).resolve("system-tests/target/services");
        for (String service : List.of("region-service", "partnership-service", "challenge-service")) {
            Path log = logs.resolve(service + ".log");
            assertThat(log).exists();
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertThat(lines).as(service + " logged something").isNotEmpty();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String where = service + ".log:" + (i + 1) + ": ";
                for (String token : sent) {
                    if (line.contains(token) || line.contains(token.substring(0, Math.min(40, token.length())))) {
                        leaks.add(where + "a token this test sent");
                    }
                }
                Matcher jwt = JWT.matcher(line);
                if (jwt.find()) {
                    leaks.add(where + "a JWT " + jwt.group().substring(0, 20) + "…");
                }
                Matcher bearer = BEARER.matcher(line);
                if (bearer.find()) {
                    leaks.add(where + "a bearer credential");
                }
                if (line.contains(Suite.DB_PASSWORD)) {
                    leaks.add(where + "the database password");
                }
                if (line.contains(webhookSecret.substring("whsec_".length()))) {
                    leaks.add(where + "a webhook secret");
                }
            }
        }
        assertThat(leaks).as("secrets in the service logs").isEmpty();
    }
}
