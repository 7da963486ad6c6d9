package org.s3coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTypeFilterTest {
    private final EventTypeFilter regions = EventTypeFilter.v1Of("region");

    @Test
    void acceptsTheAggregatesV1Types() {
        assertThat(regions.accepts("org.s3coop.region.registered.v1")).isTrue();
        assertThat(regions.accepts("org.s3coop.region.retired.v1")).isTrue();
    }

    @Test
    void skipsOtherAggregatesOtherMajorVersionsAndNoType() {
        assertThat(regions.accepts("org.s3coop.partnership.proposed.v1")).isFalse();
        assertThat(regions.accepts("org.s3coop.regional.registered.v1")).isFalse();
        assertThat(regions.accepts("org.s3coop.region.registered.v2")).isFalse();
        assertThat(regions.accepts("org.s3coop.region.registered.v10")).isFalse();
        assertThat(regions.accepts(null)).isFalse();
    }
}
