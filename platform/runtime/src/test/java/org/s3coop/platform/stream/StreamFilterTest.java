package org.s3coop.platform.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamFilterTest {
    private static StreamEvent event(String type, String subject) {
        return new StreamEvent(1, "e1", type, "/s3coop/region-service", subject, "2026-01-01T00:00:00Z",
                "s3coop.regions.v1", "{}", "{}", new StreamPosition(0, 0, 0), "c0.0-0-0");
    }

    @Test
    void noFilterTakesEverything() {
        for (StreamFilter all : new StreamFilter[] { new StreamFilter(null, null), new StreamFilter(" , ", " ") }) {
            assertThat(all.matches(event("org.s3coop.region.registered.v1", "ES51"))).isTrue();
            assertThat(all.matches(event(null, null))).isTrue();
        }
    }

    @Test
    void exactTypesAndPrefixes() {
        StreamFilter f = new StreamFilter(" org.s3coop.region.registered.v1 , org.s3coop.partnership.* ", null);

        assertThat(f.matches(event("org.s3coop.region.registered.v1", "ES51"))).isTrue();
        assertThat(f.matches(event("org.s3coop.region.retired.v1", "ES51"))).isFalse();
        assertThat(f.matches(event("org.s3coop.partnership.proposed.v1", "p1"))).isTrue();
        assertThat(f.matches(event("org.s3coop.challenge.raised.v1", "c1"))).isFalse();
        assertThat(f.matches(event(null, "p1"))).as("an event without a type matches no type filter").isFalse();
    }

    @Test
    void theSubjectMustBeTheSame() {
        StreamFilter f = new StreamFilter("org.s3coop.region.*", " ES51 ");

        assertThat(f.matches(event("org.s3coop.region.registered.v1", "ES51"))).isTrue();
        assertThat(f.matches(event("org.s3coop.region.registered.v1", "ES52"))).isFalse();
        assertThat(f.matches(event("org.s3coop.partnership.proposed.v1", "ES51"))).isFalse();
    }
}
