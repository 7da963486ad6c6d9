package org.s3coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void doublesFrom200MillisecondsUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(4));

        assertThat(backoff.next()).isEqualTo(200);
        assertThat(backoff.next()).isEqualTo(400);
        assertThat(backoff.next()).isEqualTo(800);
        assertThat(backoff.next()).isEqualTo(1600);
        assertThat(backoff.next()).isEqualTo(3200);
        assertThat(backoff.next()).isEqualTo(4000);
        assertThat(backoff.next()).isEqualTo(4000);
    }

    @Test
    void aGoodRoundStartsOverAt200Milliseconds() {
        Backoff backoff = new Backoff(Duration.ofSeconds(4));
        backoff.next();
        backoff.next();

        backoff.reset();

        assertThat(backoff.next()).isEqualTo(200);
    }

    @Test
    void aCapBelowTheFirstWaitStillWaitsOnceAtFirst() {
        Backoff backoff = new Backoff(Duration.ofMillis(100));

        assertThat(backoff.next()).isEqualTo(200);
        assertThat(backoff.next()).isEqualTo(100);
    }
}
