package org.s3coop.partnership.rest;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.IdempotencyScenarios;

/** Every POST of partnership-service honours Idempotency-Key, as its OpenAPI document says. */
class EveryPostIsIdempotentTest {
    @Test
    void everyPostOperationIsIdempotent() throws Exception {
        IdempotencyScenarios.assertEveryPostIsIdempotent(PartnershipResource.class);
    }
}
