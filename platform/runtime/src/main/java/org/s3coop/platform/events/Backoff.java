package org.s3coop.platform.events;

import java.time.Duration;

/**
 * How long a background loop (the outbox relay, the webhooks' workers) waits after a failed round: 200 ms, doubled
 * after each further failure up to a cap.
 */
public final class Backoff {
    static final long FIRST_MILLIS = 200;

    private final long capMillis;
    private long next = FIRST_MILLIS;

    public Backoff(Duration cap) {
        this.capMillis = cap.toMillis();
    }

    /** The wait after this failure (milliseconds); the next one is twice as long, up to the cap. */
    public long next() {
        long wait = next;
        next = Math.min(next * 2, capMillis);
        return wait;
    }

    /** A round went well: the next failure waits the first 200 ms again. */
    public void reset() {
        next = FIRST_MILLIS;
    }
}
