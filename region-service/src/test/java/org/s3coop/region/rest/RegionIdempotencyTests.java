package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.region.support.Fixtures.priorities;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.CloudEventRecords.Event;
import org.s3coop.platform.testing.IdempotencyContract;
import org.s3coop.platform.testing.IdempotencyScenarios;
import org.s3coop.platform.testing.IdempotencyScenarios.CreateOperation;
import org.s3coop.platform.testing.ServiceDatabase;
import org.s3coop.platform.testing.SuiteInfrastructure;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Idempotency-Key on POST /api/v1/regions (the platform's contract, IdempotencyScenarios). */
@QuarkusTest
class RegionIdempotencyTests extends IdempotencyContract {
    static final String REGISTERED = "org.s3coop.region.registered.v1";

    /** Registering a region; the marker is its code. A code registered before is refused with 409. */
    static final CreateOperation REGISTER_REGION = new CreateOperation() {
        private String existing;

        @Override
        public String path() {
            return "/api/v1/regions";
        }

        @Override
        public String newMarker() {
            return Fixtures.code();
        }

        @Override
        public String body(String code) {
            return "{\"code\":\"" + code + "\",\"name\":\"Region " + code + "\",\"priorities\":" + priorities("C21") + "}";
        }

        @Override
        public synchronized String refusedBody(String code) {
            if (existing == null) {
                existing = Fixtures.registered(priorities("C21"));
            }
            return body(existing);
        }

        @Override
        public String invalidBody(String code) {
            return "{\"code\":\"" + code + "\",\"name\":\" \"}";
        }

        @Override
        public String token() {
            return TestTokens.admin();
        }

        @Override
        public String otherCallerToken() {
            return TestTokens.admin("another-admin");
        }

        @Override
        public long created(String code) {
            return ServiceDatabase.count("select count(*) from region where code = ?", code);
        }

        @Override
        public String createdEventType() {
            return REGISTERED;
        }
    };

    @Override
    protected CreateOperation operation() {
        return REGISTER_REGION;
    }

    @Override
    protected int refusedStatus() {
        return 409;
    }

    @Test
    void withoutAKeyARetryIsANewRequest() {
        String code = REGISTER_REGION.newMarker();
        IdempotencyScenarios.post(REGISTER_REGION, TestTokens.admin(), null, REGISTER_REGION.body(code))
                .then().statusCode(201);
        IdempotencyScenarios.post(REGISTER_REGION, TestTokens.admin(), null, REGISTER_REGION.body(code))
                .then().statusCode(409);
    }

    /** A replayed registration publishes nothing: the region's events on Kafka are one registered, then the update. */
    @Test
    void aReplayPublishesNoSecondEvent() {
        try (CloudEventRecords topic = new CloudEventRecords(SuiteInfrastructure.kafka().bootstrapServers(),
                "s3coop.regions.v1")) {
            Response first = IdempotencyScenarios.aRetryGetsTheFirstAnswerAndCreatesNothing(REGISTER_REGION);
            String code = IdempotencyScenarios.idIn(first);
            // a later change of the same region, published after anything the replay could have published
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body("{\"name\":\"Renamed\",\"priorities\":" + priorities("C21") + "}")
                    .when().put("/api/v1/regions/" + code).then().statusCode(200);
            List<Event> events = topic.await(e -> code.equals(e.key()), 2, Duration.ofSeconds(30));
            assertThat(events).extracting(Event::type).containsExactly(REGISTERED, "org.s3coop.region.updated.v1");
        }
    }

    /** Another POST of the service: a stakeholder added once. */
    @Test
    void aRetriedStakeholderIsAddedOnce() {
        String code = Fixtures.registered(priorities("C21"));
        String key = IdempotencyScenarios.newKey();
        String body = "{\"name\":\"Universitat\",\"type\":\"UNIVERSITY\"}";
        Response first = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header(IdempotencyScenarios.HEADER, key).body(body).post("/api/v1/regions/" + code + "/stakeholders");
        Response retry = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header(IdempotencyScenarios.HEADER, key).body(body).post("/api/v1/regions/" + code + "/stakeholders");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header(IdempotencyScenarios.REPLAYED)).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(ServiceDatabase.count("select count(*) from stakeholder where region_code = ?", code)).isEqualTo(1);
    }
}
