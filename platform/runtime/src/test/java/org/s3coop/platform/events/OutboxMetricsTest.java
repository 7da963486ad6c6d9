package org.s3coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The gauges are counted on the relay's rounds, but at most once per interval: the clock is the test's own. */
class OutboxMetricsTest {
    private static final long MS = 1_000_000L;

    private final AtomicLong clock = new AtomicLong(5_000 * MS);
    private final List<OutboxState> counted = new ArrayList<>();
    private final AtomicLong rows = new AtomicLong(7);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final OutboxMetrics metrics = new OutboxMetrics(registry, (c, state) -> {
        counted.add(state);
        return state == OutboxState.PENDING ? rows.get() : 2;
    }, Duration.ofSeconds(2), clock::get);

    @Test
    void thePendingGaugeIsCountedAtMostOncePerSecond() throws Exception {
        assertThat(metrics.refresh(null)).isTrue();
        assertThat(counted).containsExactly(OutboxState.PENDING, OutboxState.FAILED);
        assertThat(gauge("s3coop.outbox.pending")).isEqualTo(7);
        assertThat(gauge("s3coop.outbox.failed")).isEqualTo(2);

        rows.set(9);
        for (long at : new long[] { 0, 1, 400, 999 }) {
            clock.set(5_000 * MS + at * MS);
            assertThat(metrics.refresh(null)).as("round at +%d ms", at).isFalse();
        }
        assertThat(counted).hasSize(2);
        assertThat(gauge("s3coop.outbox.pending")).isEqualTo(7);

        clock.set(6_000 * MS);
        assertThat(metrics.refresh(null)).isTrue();
        assertThat(counted).containsExactly(OutboxState.PENDING, OutboxState.FAILED, OutboxState.PENDING);
        assertThat(gauge("s3coop.outbox.pending")).isEqualTo(9);

        clock.set(6_999 * MS);
        assertThat(metrics.refresh(null)).isFalse();
        clock.set(7_000 * MS);
        assertThat(metrics.refresh(null)).isTrue();
        assertThat(counted).containsExactly(OutboxState.PENDING, OutboxState.FAILED, OutboxState.PENDING,
                OutboxState.PENDING, OutboxState.FAILED);
    }

    @Test
    void aThousandRoundsWithinOneSecondCountOnce() throws Exception {
        int rounds = 0;
        for (long at = 0; at < 1_000; at++) {
            clock.set(5_000 * MS + at * MS);
            if (metrics.refresh(null)) {
                rounds++;
            }
        }
        assertThat(rounds).isEqualTo(1);
        assertThat(counted).containsExactly(OutboxState.PENDING, OutboxState.FAILED);
    }

    @Test
    void publishedRecordsAreCounted() {
        metrics.published(3);
        metrics.published(0);

        assertThat(registry.get("s3coop.outbox.published").counter().count()).isEqualTo(3);
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
