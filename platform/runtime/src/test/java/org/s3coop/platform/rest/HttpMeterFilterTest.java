package org.s3coop.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class HttpMeterFilterTest {
    @Test
    void keepsTheRequestTimerAndDropsTheSizeSummaries() {
        SimpleMeterRegistry registry = registry(false);
        Timer.builder("http.server.requests").tag("uri", "/api/v1/regions/{code}").register(registry).record(Duration.ofMillis(3));
        DistributionSummary.builder("http.server.bytes.written").register(registry).record(512);
        DistributionSummary.builder("http.server.bytes.read").register(registry).record(0);

        assertThat(registry.find("http.server.requests").timer()).isNotNull()
                .satisfies(t -> assertThat(t.count()).isEqualTo(1));
        assertThat(registry.find("http.server.bytes.written").meter()).isNull();
        assertThat(registry.find("http.server.bytes.read").meter()).isNull();
    }

    @Test
    void keepsTheSizeSummariesWhenAsked() {
        SimpleMeterRegistry registry = registry(true);
        DistributionSummary.builder("http.server.bytes.written").register(registry).record(512);
        assertThat(registry.find("http.server.bytes.written").summary()).isNotNull()
                .satisfies(s -> assertThat(s.totalAmount()).isEqualTo(512));
    }

    private static SimpleMeterRegistry registry(boolean bytes) {
        HttpMeterFilter filter = new HttpMeterFilter();
        filter.bytes = bytes;
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(filter.httpBytes());
        return registry;
    }
}
