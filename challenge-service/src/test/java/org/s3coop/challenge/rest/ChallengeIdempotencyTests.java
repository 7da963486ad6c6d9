package org.s3coop.challenge.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.Api;
import org.s3coop.platform.testing.IdempotencyContract;
import org.s3coop.platform.testing.IdempotencyScenarios;
import org.s3coop.platform.testing.IdempotencyScenarios.CreateOperation;
import org.s3coop.platform.testing.ServiceDatabase;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Idempotency-Key on POST /api/v1/challenges and on solutions (the platform's contract, IdempotencyScenarios). */
@QuarkusTest
class ChallengeIdempotencyTests extends IdempotencyContract {

    /** Raising a COMMUNITY challenge; the marker is its title. */
    static final CreateOperation RAISE_CHALLENGE = new CreateOperation() {
        @Override
        public String path() {
            return "/api/v1/challenges";
        }

        @Override
        public String newMarker() {
            return "Idempotent challenge " + UUID.randomUUID();
        }

        @Override
        public String body(String title) {
            return raise(title, "{\"type\":\"COMMUNITY\"}", "HIGH");
        }

        @Override
        public String refusedBody(String title) {
            // a partnership this service has not heard of: 422
            return raise(title, "{\"type\":\"PARTNERSHIP\",\"ref\":\"" + UUID.randomUUID() + "\"}", "HIGH");
        }

        @Override
        public String invalidBody(String title) {
            return raise(title, "{\"type\":\"COMMUNITY\"}", "HUGE");
        }

        private static String raise(String title, String scope, String severity) {
            return "{\"cluster\":\"CAPACITY\",\"subDimension\":\"INSUFFICIENT_TIME\",\"title\":\"" + title + "\","
                    + "\"description\":\"No staff time for the pilot\",\"scope\":" + scope + ",\"severity\":\""
                    + severity + "\"}";
        }

        @Override
        public String token() {
            return TestTokens.admin();
        }

        @Override
        public String otherCallerToken() {
            return TestTokens.editor("ES51");
        }

        @Override
        public long created(String title) {
            return ServiceDatabase.count("select count(*) from challenge where title = ?", title);
        }

        @Override
        public String createdEventType() {
            return "org.s3coop.challenge.raised.v1";
        }
    };

    /** A retried solution proposal adds one solution and grows the challenge's version once. */
    @Override
    protected CreateOperation operation() {
        return RAISE_CHALLENGE;
    }

    @Override
    protected int refusedStatus() {
        return 422;
    }

    @Test
    void aRetriedSolutionIsProposedOnce() {
        String id = Api.raised("FUNDING", null, "COMMUNITY", null, "LOW");
        String key = IdempotencyScenarios.newKey();
        String body = "{\"title\":\"Shared staff pool\",\"description\":\"Agencies lend staff to each other\"}";
        Response first = post(id, key, body);
        Response retry = post(id, key, body);
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.asString()).isEqualTo(201);
        assertThat(retry.header(IdempotencyScenarios.REPLAYED)).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"2\"");
        assertThat(ServiceDatabase.count("select count(*) from solution where challenge_id = ?::uuid", id)).isEqualTo(1);
        assertThat(ServiceDatabase.outboxEvents("org.s3coop.challenge.solution-proposed.v1", id)).isEqualTo(1);
    }

    private static Response post(String challengeId, String key, String body) {
        return io.restassured.RestAssured.given().auth().oauth2(TestTokens.admin())
                .contentType(io.restassured.http.ContentType.JSON).header(IdempotencyScenarios.HEADER, key).body(body)
                .post("/api/v1/challenges/" + challengeId + "/solutions");
    }
}
