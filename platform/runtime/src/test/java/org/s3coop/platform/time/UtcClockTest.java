package org.s3coop.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UtcClockTest {
    @AfterEach
    void reset() {
        UtcClock.reset();
    }

    @Test
    void nowIsUtcInMicroseconds() {
        UtcClock.use(Clock.fixed(Instant.parse("2026-03-29T01:30:00.123456789Z"), ZoneId.of("Europe/Madrid")));

        OffsetDateTime now = UtcClock.now();

        assertThat(now.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(now).isEqualTo(OffsetDateTime.parse("2026-03-29T01:30:00.123456Z"));
    }

    @Test
    void resetGoesBackToTheSystemClock() {
        UtcClock.use(Clock.fixed(Instant.parse("2001-01-01T00:00:00Z"), ZoneOffset.UTC));
        UtcClock.reset();

        Instant now = UtcClock.now().toInstant();

        assertThat(Duration.between(now, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(now.getNano() % 1000).isZero();
    }
}
