package org.s3coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;

import io.vertx.core.Future;

/** Which failures of applying an event are waited out (retried) and which dead-letter the record. */
class IdempotentConsumerTest {

    @Test
    void aPoolThatGivesNoConnectionInTimeIsWaitedOut() {
        // what the reactive pool fails with when no connection frees up within its acquire timeout
        Throwable poolTimeout = Future.failedFuture("Timeout").cause();

        assertThat(IdempotentConsumer.isTransient(poolTimeout)).isTrue();
        assertThat(IdempotentConsumer.isTransient(new IllegalStateException("wrapped", poolTimeout))).isTrue();
        assertThat(IdempotentConsumer.isTransient(new RuntimeException("Timeout waiting for connection"))).isTrue();
    }

    @Test
    void aDatabaseThatIsAwayIsWaitedOut() {
        assertThat(IdempotentConsumer.isTransient(new ConnectException("Connection refused"))).isTrue();
        assertThat(IdempotentConsumer.isTransient(new IllegalStateException("Pool closed"))).isTrue();
    }

    @Test
    void aRecordThatCanNeverBeAppliedIsNotRetried() {
        assertThat(IdempotentConsumer.isTransient(new PoisonEventException("data.version is missing"))).isFalse();
        assertThat(IdempotentConsumer.isTransient(new IllegalArgumentException("Timeout is not a region code")))
                .as("only the pool's own message").isFalse();
    }
}
