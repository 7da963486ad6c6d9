package org.s3coop.platform.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox's meters at {@code /q/metrics}: the gauges {@code s3coop_outbox_pending} and {@code s3coop_outbox_failed}
 * and the counter {@code s3coop_outbox_published_total}.
 *
 * <p>The pending count reads the partial index of pending rows, so it stays cheap however many published rows the
 * retention keeps; the failed count has no such index (failures are rare) and is refreshed once per sweep interval
 * only. (Counting both over {@code status <> 'PUBLISHED'} scanned the whole table twice per relay loop: tens of
 * milliseconds between a commit and its publication once the table held a few tens of thousands of rows, see
 * docs/performance.md.) The pending count is taken at most once per second, not on every relay round: a Prometheus
 * scrape comes every 15 s or so, and counting before and after each round was two of a round's five round trips
 * while transitions flowed (docs/performance.md, "Issue 18, stop 24: the write path"). The relay counts after a
 * round, never between a notification and the publishing (stop 25: event latency).
 */
final class OutboxMetrics {
    /** How often the pending gauge is counted at most. */
    static final Duration PENDING_INTERVAL = Duration.ofSeconds(1);

    /** Counts the outbox's rows in one state ({@link OutboxStore#count}), in the caller's transaction. */
    @FunctionalInterface
    interface Counts {
        long count(Connection c, OutboxState state) throws SQLException;
    }

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Counter published;
    private final Counts counts;
    private final LongSupplier nanoClock;
    private final Periodic failedCount;
    private final Periodic pendingCount = new Periodic(PENDING_INTERVAL);

    OutboxMetrics(MeterRegistry registry, Counts counts, Duration failedCountInterval) {
        this(registry, counts, failedCountInterval, System::nanoTime);
    }

    /** {@code nanoClock}: monotonic time in nanoseconds ({@link System#nanoTime()}; a test's own clock). */
    OutboxMetrics(MeterRegistry registry, Counts counts, Duration failedCountInterval, LongSupplier nanoClock) {
        registry.gauge("s3coop.outbox.pending", pending);
        registry.gauge("s3coop.outbox.failed", failed);
        this.published = registry.counter("s3coop.outbox.published");
        this.counts = counts;
        this.nanoClock = nanoClock;
        this.failedCount = new Periodic(failedCountInterval);
    }

    void published(int count) {
        published.increment(count);
    }

    /**
     * Reads the counts that are due into the gauges; true when it counted (the caller commits), false when none was
     * due (no statement ran).
     */
    boolean refresh(Connection c) throws SQLException {
        long now = nanoClock.getAsLong();
        boolean counted = false;
        if (pendingCount.due(now)) {
            pending.set(counts.count(c, OutboxState.PENDING));
            counted = true;
        }
        if (failedCount.due(now)) {
            failed.set(counts.count(c, OutboxState.FAILED));
            counted = true;
        }
        return counted;
    }
}
