package org.s3coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PeriodicTest {
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void dueAtTheFirstAskThenOncePerInterval() {
        Periodic every10s = new Periodic(Duration.ofSeconds(10));
        long t0 = -5 * SECOND; // nanoTime may be negative

        assertThat(every10s.due(t0)).isTrue();
        assertThat(every10s.due(t0 + 9 * SECOND)).isFalse();
        assertThat(every10s.due(t0 + 10 * SECOND)).isTrue();
        assertThat(every10s.due(t0 + 15 * SECOND)).as("counted from the last time it ran").isFalse();
        assertThat(every10s.due(t0 + 20 * SECOND)).isTrue();
    }
}
