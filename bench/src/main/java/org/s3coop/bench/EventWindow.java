package org.s3coop.bench;

import java.time.Instant;

/**
 * The measured window of the event-latency scenario, on both clocks: the open loop's intended send times
 * ({@code System.nanoTime}) and the events' {@code ce_time} (wall clock). One window for both, derived from the same
 * start, so the writes timed and the events timed are the ones of the same instants (they were two windows, about
 * 0.26 s apart, and the completeness check compared counts that could not match).
 */
record EventWindow(long fromNanos, long untilNanos, Instant from, Instant until) {

    /**
     * The window after {@code warmupNanos} from {@code startNanos} (the open loop's first intended send), lasting
     * {@code measureNanos}; {@code nowNanos} and {@code now} are the two clocks read together, to map one onto the
     * other.
     */
    static EventWindow of(long startNanos, long warmupNanos, long measureNanos, long nowNanos, Instant now) {
        long fromNanos = startNanos + warmupNanos;
        Instant from = now.plusNanos(fromNanos - nowNanos);
        return new EventWindow(fromNanos, fromNanos + measureNanos, from, from.plusNanos(measureNanos));
    }

    /** Whether an event whose ce_time is {@code time} is timed: from inclusive, until exclusive. */
    boolean contains(Instant time) {
        return !time.isBefore(from) && time.isBefore(until);
    }
}
