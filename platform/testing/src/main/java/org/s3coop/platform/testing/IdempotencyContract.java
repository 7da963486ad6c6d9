package org.s3coop.platform.testing;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.IdempotencyScenarios.CreateOperation;

/**
 * The {@code Idempotency-Key} contract that every service keeps on its create POSTs, said once: a service's
 * {@code @QuarkusTest} extends this, names one create operation and the status with which the service itself refuses
 * a well-formed request (409 duplicate, 422 unknown reference), and adds its own cases.
 */
public abstract class IdempotencyContract {
    protected abstract CreateOperation operation();

    protected abstract int refusedStatus();

    @Test
    public void aRetryGetsTheFirstAnswerAndCreatesNothing() {
        IdempotencyScenarios.aRetryGetsTheFirstAnswerAndCreatesNothing(operation());
    }

    @Test
    public void theSameKeyWithAnotherBodyIsRefused() {
        IdempotencyScenarios.theSameKeyWithAnotherBodyIsRefused(operation());
    }

    @Test
    public void concurrentRequestsWithOneKeyCreateOnce() throws Exception {
        IdempotencyScenarios.concurrentRequestsWithOneKeyCreateOnce(operation(), 10);
    }

    @Test
    public void aRefusedAttemptDoesNotPinTheKey() {
        IdempotencyScenarios.aRefusedAttemptDoesNotPinTheKey(operation(), refusedStatus());
    }

    @Test
    public void keysBelongToTheirCaller() {
        IdempotencyScenarios.keysBelongToTheirCaller(operation());
    }

    @Test
    public void malformedKeysAreRefused() {
        IdempotencyScenarios.malformedKeysAreRefused(operation());
    }
}
