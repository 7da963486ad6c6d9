package org.s3coop.region.rest;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.IdempotencyScenarios;
import org.s3coop.region.rest.RegionResource;

/** Every POST of region-service honours Idempotency-Key, as its OpenAPI document says. */
class EveryPostIsIdempotentTest {
    @Test
    void everyPostOperationIsIdempotent() throws Exception {
        IdempotencyScenarios.assertEveryPostIsIdempotent(RegionResource.class);
    }
}
