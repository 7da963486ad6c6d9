package org.s3coop.platform.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class RateLimitTest {
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-30T10:00:00Z");

    @Test
    void aBurstOfOneSecondsWorthThenOneInterval() {
        RateLimit five = new RateLimit(5);

        RateLimit.Grant first = five.grant(null, T0, 20);
        assertThat(first.allowed()).isEqualTo(5);
        assertThat(first.tat()).isEqualTo(T0.plusSeconds(1));
        assertThat(five.grant(first.tat(), T0.plusNanos(100_000_000), 20).allowed()).isZero();
        assertThat(five.grant(first.tat(), T0.plusNanos(200_000_000), 20).allowed()).isEqualTo(1);
        assertThat(five.grant(first.tat(), T0.plusSeconds(1), 20).allowed()).isEqualTo(5);
    }

    @Test
    void whatIsNotWantedIsNotSpent() {
        RateLimit.Grant two = new RateLimit(10).grant(null, T0, 2);

        assertThat(two.allowed()).isEqualTo(2);
        assertThat(two.tat()).isEqualTo(T0.plusNanos(200_000_000));
        RateLimit.Grant none = new RateLimit(1).grant(T0.plusSeconds(5), T0, 3);
        assertThat(none.allowed()).isZero();
        assertThat(none.tat()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void overTenSecondsAtMostTheRatePerSecondPlusTheBurst() {
        RateLimit three = new RateLimit(3);
        OffsetDateTime tat = null;
        int started = 0;
        for (int ms = 0; ms <= 10_000; ms += 50) {
            RateLimit.Grant g = three.grant(tat, T0.plusNanos(ms * 1_000_000L), 100);
            started += g.allowed();
            tat = g.tat();
        }
        assertThat(started).isBetween(30, 33);
    }
}
