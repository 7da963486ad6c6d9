package org.s3coop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The event-latency scenario's one window for writes and events, and its completeness check. */
class EventWindowTests {
    private static final Instant NOW = Instant.parse("2026-12-02T16:00:00Z");

    @Test
    void theEventWindowIsTheOpenLoopsWindowOnTheWallClock() {
        // the open loop starts 50 ms after the clocks were read, warms up 5 s and measures 45 s
        EventWindow w = EventWindow.of(1_050_000_000L, 5_000_000_000L, 45_000_000_000L, 1_000_000_000L, NOW);

        assertThat(w.fromNanos()).isEqualTo(6_050_000_000L);
        assertThat(w.untilNanos()).isEqualTo(51_050_000_000L);
        assertThat(w.from()).isEqualTo(Instant.parse("2026-12-02T16:00:05.050Z"));
        assertThat(w.until()).isEqualTo(Instant.parse("2026-12-02T16:00:50.050Z"));
        assertThat(w.contains(w.from())).isTrue();
        assertThat(w.contains(w.until().minusNanos(1))).isTrue();
        assertThat(w.contains(w.from().minusNanos(1))).isFalse();
        assertThat(w.contains(w.until())).isFalse();
    }

    @Test
    void onlyTheEventsInTheWindowAreTimedButEveryOneIsCounted() {
        EventWindow w = EventWindow.of(0, 0, 10_000_000_000L, 0, NOW);
        Receipts r = new Receipts();
        r.add("warm-up", NOW.minusMillis(100), NOW.minusMillis(90));
        r.add("a", NOW.plusMillis(1), NOW.plusMillis(5));
        r.add("b", NOW.plusMillis(2), NOW.plusMillis(10));
        r.add("b", NOW.plusMillis(2), NOW.plusMillis(12)); // sent twice (at-least-once)
        r.add("drained", NOW.plusSeconds(10), NOW.plusSeconds(11));

        Result timed = r.latencies(w).result("x", 10);

        assertThat(timed.count()).isEqualTo(3);
        assertThat(timed.max()).isBetween(9.9, 10.1);
        assertThat(r.distinct()).isEqualTo(4);
    }

    @Test
    void aDuplicateDoesNotHideALostEvent() {
        Receipts r = new Receipts();
        r.add("a", NOW, NOW);
        r.add("a", NOW, NOW.plusMillis(1));

        assertThat(Receipts.complete(r.distinct(), 2)).isFalse();
        assertThat(Receipts.complete(r.distinct(), 1)).isTrue();
        // a write the client gave up on may still commit and publish: more events than accepted writes is complete
        assertThat(Receipts.complete(3, 2)).isTrue();
    }
}
