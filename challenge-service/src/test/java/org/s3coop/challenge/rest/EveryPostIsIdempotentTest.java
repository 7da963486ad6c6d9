package org.s3coop.challenge.rest;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.IdempotencyScenarios;

/** Every POST of challenge-service honours Idempotency-Key, as its OpenAPI document says. */
class EveryPostIsIdempotentTest {
    @Test
    void everyPostOperationIsIdempotent() throws Exception {
        IdempotencyScenarios.assertEveryPostIsIdempotent(ChallengeResource.class);
    }
}
