package org.s3coop.platform.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1),
            Duration.ofHours(24));

    @Test
    void waitsDoubleFromTheFirstUpToTheMaximumSpreadByTwentyPercent() {
        for (int i = 0; i < 50; i++) {
            assertThat(schedule.after(1).toMillis()).isBetween(4_000L, 6_000L);
            assertThat(schedule.after(2).toMillis()).isBetween(8_000L, 12_000L);
            assertThat(schedule.after(5).toMillis()).isBetween(64_000L, 96_000L);
            assertThat(schedule.after(40).toMillis()).isBetween(2_880_000L, 4_320_000L);
        }
    }

    @Test
    void aDeliveryIsGivenUpTwentyFourHoursAfterItWasQueued() {
        OffsetDateTime queued = OffsetDateTime.parse("2026-11-30T10:00:00Z");

        assertThat(schedule.givesUp(queued, queued.plusHours(23).plusMinutes(59))).isFalse();
        assertThat(schedule.givesUp(queued, queued.plusHours(24))).isTrue();
    }

    @Test
    void aFailingDeliveryIsTriedAboutThirtyTimesInTwentyFourHours() {
        Duration total = Duration.ZERO;
        int attempts = 1;
        while (total.compareTo(Duration.ofHours(24)) < 0) {
            total = total.plus(schedule.after(attempts));
            attempts++;
        }
        assertThat(attempts).isBetween(25, 40);
    }
}
