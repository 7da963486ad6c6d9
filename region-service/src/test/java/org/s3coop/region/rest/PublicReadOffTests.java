package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With the public-read switch off, reads need a token with role viewer, editor or admin. */
@QuarkusTest
@TestProfile(PublicReadOffTests.ReadsNeedAToken.class)
class PublicReadOffTests {

    public static class ReadsNeedAToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("s3coop.security.public-read", "false");
        }
    }

    @Test
    void readsNeedAViewerToken() {
        given().when().get("/api/v1/regions").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.signedByStranger()).when().get("/api/v1/regions").then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/regions").then().statusCode(200);
        given().auth().oauth2(TestTokens.editor("ES51")).when().get("/api/v1/priority-catalogue").then().statusCode(200);
        given().auth().oauth2(TestTokens.builder("nobody", java.util.Set.of("guest"), java.util.List.of())
                .sign(privateKey())).when().get("/api/v1/regions").then().statusCode(403);
        // health stays open for probes
        given().when().get("/q/health/live").then().statusCode(200);
    }

    private static java.security.PrivateKey privateKey() {
        try (var in = PublicReadOffTests.class.getClassLoader().getResourceAsStream("test-keys/privateKey.pem")) {
            return io.smallrye.jwt.util.KeyUtils.decodePrivateKey(new String(in.readAllBytes()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
