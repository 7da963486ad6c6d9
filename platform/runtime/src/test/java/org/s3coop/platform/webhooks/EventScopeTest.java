package org.s3coop.platform.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EventScopeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void typesAreExactPrefixesOrEverything() {
        EventScope scope = new EventScope(List.of("org.s3coop.partnership.*", "org.s3coop.region.retired.v1"), null);

        assertThat(scope.wantsType("org.s3coop.partnership.stage-advanced.v1")).isTrue();
        assertThat(scope.wantsType("org.s3coop.region.retired.v1")).isTrue();
        assertThat(scope.wantsType("org.s3coop.region.registered.v1")).isFalse();
        assertThat(scope.wantsType(null)).isFalse();
        assertThat(new EventScope(List.of("*"), null).wantsType("anything.v1")).isTrue();
        assertThat("org.s3coop.region.*").matches(EventScope.TYPE_PATTERN);
        assertThat("*").matches(EventScope.TYPE_PATTERN);
        assertThat("org.*.v1").doesNotMatch(EventScope.TYPE_PATTERN);
        assertThat("Org.S3coop").doesNotMatch(EventScope.TYPE_PATTERN);
    }

    @Test
    void anAdminsSubscriptionConcernsEveryEvent() throws Exception {
        assertThat(new EventScope(List.of("*"), null).concerns("FR10", json("{}"))).isTrue();
    }

    @Test
    void anEditorsSubscriptionConcernsTheEventsThatNameItsRegions() throws Exception {
        EventScope es51 = new EventScope(List.of("*"), Set.of("ES51"));

        assertThat(es51.concerns("ES51", json("{\"code\":\"ES51\"}"))).as("a region event: its subject").isTrue();
        assertThat(es51.concerns("FR10", json("{\"code\":\"FR10\"}"))).isFalse();
        assertThat(es51.concerns("p-1", json("{\"leadRegion\":\"FR10\",\"members\":[{\"regionCode\":\"ES51\"}]}")))
                .as("a member").isTrue();
        assertThat(es51.concerns("p-1", json("{\"leadRegion\":\"ES51\",\"members\":[]}"))).as("the lead").isTrue();
        assertThat(es51.concerns("c-1", json("{\"scope\":{\"type\":\"REGION\",\"ref\":\"ES51\"}}"))).isTrue();
        assertThat(es51.concerns("c-1", json("{\"scope\":{\"type\":\"PARTNERSHIP\",\"ref\":\"ES51\"}}"))).isFalse();
        assertThat(es51.concerns("s-1", json("{\"adoptingRegions\":[\"FR10\",\"ES51\"]}"))).isTrue();
        assertThat(es51.concerns("r-1/ES51", json("{\"round\":\"r-1\",\"regionCode\":\"ES51\"}"))).isTrue();
        assertThat(es51.concerns("p-2", json("{\"leadRegion\":\"FR10\",\"members\":[{\"regionCode\":\"DE21\"}],"
                + "\"title\":\"ES51\",\"priority\":{\"code\":\"ES51\"}}"))).as("other fields do not count").isFalse();
        assertThat(es51.concerns("p-3", null)).isFalse();
    }
}
