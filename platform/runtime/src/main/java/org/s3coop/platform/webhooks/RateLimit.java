package org.s3coop.platform.webhooks;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A subscription's rate limit, {@code perSecond} deliveries started per second with bursts of up to one second's
 * worth, as a generic cell rate algorithm: the subscription keeps a theoretical arrival time ({@code tat}); a
 * delivery may start when {@code tat} is at most {@code now + tolerance}, and moves it one interval on. The state is
 * one column, so every instance sharing the database keeps the same limit.
 */
record RateLimit(int perSecond) {
    /** How many deliveries may start now, and the subscription's next {@code tat}. */
    record Grant(int allowed, OffsetDateTime tat) {
    }

    Grant grant(OffsetDateTime tat, OffsetDateTime now, int wanted) {
        long interval = Duration.ofSeconds(1).toNanos() / perSecond;
        OffsetDateTime limit = now.plusNanos(Duration.ofSeconds(1).toNanos() - interval);
        OffsetDateTime next = tat == null || tat.isBefore(now) ? now : tat;
        int allowed = 0;
        while (allowed < wanted && !next.isAfter(limit)) {
            allowed++;
            next = next.plusNanos(interval);
        }
        return new Grant(allowed, allowed == 0 ? tat : next);
    }
}
