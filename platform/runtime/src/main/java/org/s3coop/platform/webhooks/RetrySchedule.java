package org.s3coop.platform.webhooks;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: {@code first}, doubled after each further failure up to {@code max}, each
 * wait spread by ±20 % (so deliveries that failed together do not retry together); a delivery still failing
 * {@code giveUpAfter} after it was queued is given up (FAILED; a replay can send it again).
 */
record RetrySchedule(Duration first, Duration max, Duration giveUpAfter) {

    /** The wait before the next attempt, after {@code attempts} failed ones (1 = the first failed). */
    Duration after(int attempts) {
        long base = first.toMillis();
        for (int i = 1; i < attempts && base < max.toMillis(); i++) {
            base *= 2;
        }
        base = Math.min(base, max.toMillis());
        double spread = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, Math.round(base * spread)));
    }

    /** Whether a delivery queued at {@code created} is given up at {@code now}. */
    boolean givesUp(OffsetDateTime created, OffsetDateTime now) {
        return !now.isBefore(created.plus(giveUpAfter));
    }
}
