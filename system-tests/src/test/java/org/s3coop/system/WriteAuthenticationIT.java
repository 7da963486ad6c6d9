package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every write operation of the three running services, enumerated from their live OpenAPI documents (so a new
 * endpoint is covered without editing this test), refuses a caller without a valid token (401: none, not a JWT, a
 * foreign signature, expired, another issuer or audience) and a viewer (403), each time with problem+json.
 * {@link WriteAuthorisationIT} covers editors of the wrong and the right region.
 */
@ExtendWith(Suite.class)
class WriteAuthenticationIT {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    record Write(Suite.Service service, String method, String path) {
        @Override
        public String toString() {
            return service.name() + " " + method.toUpperCase() + " " + path;
        }
    }

    @Test
    void everyWriteNeedsAValidTokenWithAWriteRole() {
        List<Write> writes = new ArrayList<>();
        for (Suite.Service service : List.of(Suite.region(), Suite.partnership(), Suite.challenge())) {
            Map<String, Map<String, Object>> paths = given().baseUri(service.url()).accept(ContentType.JSON)
                    .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
            paths.forEach((path, operations) -> operations.keySet().stream()
                    .filter(m -> List.of("post", "put", "patch", "delete").contains(m))
                    .forEach(m -> writes.add(new Write(service, m, path))));
        }
        assertThat(writes).as("write operations found in the OpenAPI documents").hasSizeGreaterThan(15);

        List<String> refused = new ArrayList<>();
        for (Write write : writes) {
            check(write, null, 401, refused);
            check(write, "not-a-jwt", 401, refused);
            check(write, TestTokens.signedByStranger("ES51"), 401, refused);
            check(write, TestTokens.expiredEditor("ES51"), 401, refused);
            check(write, TestTokens.wrongIssuer("ES51"), 401, refused);
            check(write, TestTokens.wrongAudience("ES51"), 401, refused);
            check(write, TestTokens.viewer(), 403, refused);
        }
        assertThat(refused).as("writes that did not answer as expected").isEmpty();
    }

    private static void check(Write write, String token, int expected, List<String> wrong) {
        RequestSpecification request = given().baseUri(write.service().url());
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (!write.method().equals("delete")) {
            request = request.contentType(ContentType.JSON).body("{}");
        }
        Response response = request.request(write.method().toUpperCase(), concrete(write.path()));
        String type = response.getContentType();
        if (response.statusCode() != expected || type == null || !type.startsWith("application/problem+json")) {
            wrong.add(write + " with " + (token == null ? "no token" : "token " + token.substring(0, Math.min(12, token.length())))
                    + ": " + response.statusCode() + " " + type);
        }
    }

    /** The path with plausible values for its parameters: NUTS codes, UUIDs, a round name. */
    private static String concrete(String path) {
        Matcher m = PARAM.matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).toLowerCase();
            String value = name.contains("code") || name.contains("region") ? "ES51"
                    : name.equals("round") ? "2030-test" : UUID.randomUUID().toString();
            m.appendReplacement(sb, value);
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
