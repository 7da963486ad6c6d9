package org.s3coop.platform.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The time every service stamps its changes with: UTC, truncated to microseconds (what PostgreSQL's
 * {@code timestamptz} keeps, so a value read back equals the value written).
 */
public final class UtcClock {
    private static volatile Clock clock = Clock.systemUTC();

    private UtcClock() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Tests only: reads the time from {@code fixed} until {@link #reset()}. Scheduled checks read it too. */
    public static void use(Clock fixed) {
        clock = fixed;
    }

    public static void reset() {
        clock = Clock.systemUTC();
    }
}
