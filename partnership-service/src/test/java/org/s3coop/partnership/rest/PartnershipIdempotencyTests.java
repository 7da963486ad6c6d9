package org.s3coop.partnership.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.IdempotencyContract;
import org.s3coop.platform.testing.IdempotencyScenarios;
import org.s3coop.platform.testing.IdempotencyScenarios.CreateOperation;
import org.s3coop.platform.testing.ServiceDatabase;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Idempotency-Key on POST /api/v1/partnerships and on transitions (the platform's contract, IdempotencyScenarios). */
@QuarkusTest
class PartnershipIdempotencyTests extends IdempotencyContract {

    /** Proposing a partnership between two known regions; the marker is its title. */
    static final CreateOperation PROPOSE_PARTNERSHIP = new CreateOperation() {
        private String lead;
        private String partner;

        private synchronized void regions() {
            if (lead == null) {
                lead = Regions.known("ES", "C22");
                partner = Regions.known("DE", "C22");
            }
        }

        @Override
        public String path() {
            return BASE;
        }

        @Override
        public String newMarker() {
            return "Idempotent partnership " + UUID.randomUUID();
        }

        @Override
        public String body(String title) {
            regions();
            return proposal(title, lead, partner);
        }

        @Override
        public String refusedBody(String title) {
            regions();
            return proposal(title, lead, Regions.newCode("FR")); // a member this service does not know: 422
        }

        @Override
        public String invalidBody(String title) {
            regions();
            return proposal(" ", lead, partner);
        }

        private static String proposal(String title, String lead, String partner) {
            return "{\"title\":\"" + title + "\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\"},"
                    + "\"leadRegion\":\"" + lead + "\",\"members\":["
                    + "{\"regionCode\":\"" + lead + "\",\"role\":\"lead\",\"contribution\":\"pilot lines\"},"
                    + "{\"regionCode\":\"" + partner + "\",\"role\":\"partner\",\"contribution\":\"research\"}]}";
        }

        @Override
        public String token() {
            regions();
            return TestTokens.editor(lead);
        }

        @Override
        public String otherCallerToken() {
            return TestTokens.admin();
        }

        @Override
        public long created(String title) {
            return ServiceDatabase.count("select count(*) from partnership where title = ?", title);
        }

        @Override
        public String createdEventType() {
            return "org.s3coop.partnership.proposed.v1";
        }
    };

    @Override
    protected CreateOperation operation() {
        return PROPOSE_PARTNERSHIP;
    }

    @Override
    protected int refusedStatus() {
        return 422;
    }

    @Test
    void withoutAKeyEachRequestCreates() {
        String title = PROPOSE_PARTNERSHIP.newMarker();
        for (int i = 0; i < 2; i++) {
            IdempotencyScenarios.post(PROPOSE_PARTNERSHIP, PROPOSE_PARTNERSHIP.token(), null,
                    PROPOSE_PARTNERSHIP.body(title)).then().statusCode(201);
        }
        assertThat(PROPOSE_PARTNERSHIP.created(title)).isEqualTo(2);
    }

    /** A retried transition (HOLD) applies once: same 200 and version, one put-on-hold event, no 409. */
    @Test
    void aRetriedTransitionAppliesOnce() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        String key = IdempotencyScenarios.newKey();
        String hold = "{\"action\":\"HOLD\",\"reason\":\"funding call closed\"}";
        Response first = as(TestTokens.editor(lead)).header(IdempotencyScenarios.HEADER, key).body(hold)
                .post(BASE + "/" + id + "/transitions");
        Response retry = as(TestTokens.editor(lead)).header(IdempotencyScenarios.HEADER, key).body(hold)
                .post(BASE + "/" + id + "/transitions");
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
        assertThat(retry.statusCode()).as(retry.asString()).isEqualTo(200);
        assertThat(retry.header(IdempotencyScenarios.REPLAYED)).isEqualTo("true");
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"2\"");
        assertThat(retry.jsonPath().getString("status")).isEqualTo("ON_HOLD");
        assertThat(Partnerships.version(id)).isEqualTo(2);
        assertThat(ServiceDatabase.outboxEvents("org.s3coop.partnership.put-on-hold.v1", id)).isEqualTo(1);
        // the same action without the key is a new request, which the state no longer allows
        as(TestTokens.editor(lead)).body(hold).post(BASE + "/" + id + "/transitions").then().statusCode(409);
    }
}
