package org.s3coop.platform.events;

import java.time.Duration;

/** When a periodic chore of the relay loop is due: at the first ask, then once every interval (monotonic time). */
final class Periodic {
    private final long intervalNanos;
    private long last;
    private boolean started;

    Periodic(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** True, and counts the chore as done now, when it is due at {@code nanoTime} ({@link System#nanoTime()}). */
    boolean due(long nanoTime) {
        if (started && nanoTime - last < intervalNanos) {
            return false;
        }
        started = true;
        last = nanoTime;
        return true;
    }
}
