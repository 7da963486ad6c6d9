package org.s3coop.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.s3coop.contracts.EventContract.Example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class EventContractTests {
    private static final EventContract CONTRACT = EventContract.load();
    private static final String REGISTERED = "org.s3coop.region.registered.v1";

    static String keyOf(Example e) {
        JsonNode p = e.payload();
        if (e.type().startsWith("org.s3coop.region.")) {
            return p.get("code").asText();
        }
        if (e.type().startsWith("org.s3coop.ranking.")) {
            return p.get("round").asText();
        }
        if (e.type().startsWith("org.s3coop.workinggroup.")) {
            return p.get("regionCode").asText();
        }
        return p.get("id").asText();
    }

    @Test
    void declaresEveryEventTypeOfTheThreeServices() {
        assertThat(CONTRACT.typesOn("s3coop.regions.v1")).containsExactly("org.s3coop.region.registered.v1",
                "org.s3coop.region.updated.v1", "org.s3coop.region.retired.v1");
        assertThat(CONTRACT.typesOn("s3coop.partnerships.v1")).containsExactlyInAnyOrderElementsOf(Stream.of(
                "proposed", "member-joined", "member-left", "evidence-updated", "stage-advanced", "stage-reverted",
                "put-on-hold", "resumed", "closed", "rescoping-recommended", "member-invited", "invitation-declined",
                "invitation-withdrawn", "commitment-letter-updated", "gate-regressed", "gate-restored", "rescoping-dismissed",
                "project-recorded", "project-updated", "project-status-changed", "report-updated", "report-submitted")
                .map(e -> "org.s3coop.partnership." + e + ".v1").toList());
        assertThat(CONTRACT.typesOn("s3coop.challenges.v1")).containsExactlyInAnyOrderElementsOf(Stream.of(
                Stream.of("raised", "updated", "addressed", "closed", "withdrawn", "reopened", "solution-proposed")
                        .map(e -> "org.s3coop.challenge." + e + ".v1"),
                Stream.of("vote-cast", "round-opened", "round-closed").map(e -> "org.s3coop.ranking." + e + ".v1"),
                Stream.of("planned", "updated", "held", "minutes-published").map(e -> "org.s3coop.meeting." + e + ".v1"),
                Stream.of("published", "updated", "adoption-changed").map(e -> "org.s3coop.practice." + e + ".v1"),
                Stream.of("member-joined", "member-updated", "member-left").map(e -> "org.s3coop.workinggroup." + e + ".v1"))
                .flatMap(t -> t).toList());
    }

    @Test
    void everyExampleKeepsItsOwnMessage() {
        assertThat(CONTRACT.types()).hasSize(45);
        for (String type : CONTRACT.types()) {
            List<Example> examples = CONTRACT.examples(type);
            assertThat(examples).as(type).isNotEmpty();
            for (Example e : examples) {
                assertThat(e.type()).isEqualTo(type);
                EventContract.Result r = CONTRACT.check(e, keyOf(e));
                assertThat(r.violations()).as(r.toString()).isEmpty();
            }
        }
    }

    @Test
    void sendAndReceiveAreDeclaredPerService() {
        assertThat(CONTRACT.typesSentBy("region-service")).isEqualTo(CONTRACT.typesOn("s3coop.regions.v1"));
        assertThat(CONTRACT.typesSentBy("partnership-service")).isEqualTo(CONTRACT.typesOn("s3coop.partnerships.v1"));
        assertThat(CONTRACT.typesSentBy("challenge-service")).isEqualTo(CONTRACT.typesOn("s3coop.challenges.v1"))
                .contains("org.s3coop.ranking.vote-cast.v1");
        assertThat(CONTRACT.typesReceivedBy("region-service")).isEqualTo(CONTRACT.typesOn("s3coop.partnerships.v1"));
        assertThat(CONTRACT.typesReceivedBy("partnership-service")).containsAll(CONTRACT.typesOn("s3coop.regions.v1"))
                .contains("org.s3coop.challenge.raised.v1").doesNotContain("org.s3coop.ranking.vote-cast.v1");
    }

    @Test
    void theFileInDocsIsTheOneOnTheClasspath() {
        EventContract docs = EventContract.load(Path.of("..", "docs", "asyncapi.yaml"));
        assertThat(docs.types()).isEqualTo(CONTRACT.types());
    }

    @Test
    void aValidEventPasses() {
        Example e = CONTRACT.examples(REGISTERED).get(0);
        CONTRACT.validate(e.headers(), keyOf(e), e.payload());
    }

    @Test
    void aWrongTypeAMissingFieldAndABadHeaderAreAllReported() {
        Example e = CONTRACT.examples(REGISTERED).get(0);
        ObjectNode data = e.payload().deepCopy();
        data.put("version", "one");
        data.remove("active");
        Map<String, String> headers = new LinkedHashMap<>(e.headers());
        headers.put("ce_time", "yesterday");
        headers.put("ce_source", "/s3coop/partnership-service");
        headers.remove("content-type");
        EventContract.Result r = CONTRACT.check(headers, "not a code", data);
        assertThat(r.valid()).isFalse();
        assertThat(String.join("\n", r.violations())).contains("version").contains("active").contains("ce_time")
                .contains("ce_source").contains("content-type").contains("key");
        assertThat(r.violations()).hasSizeGreaterThanOrEqualTo(6);
        assertThatThrownBy(() -> CONTRACT.validate(headers, "not a code", data))
                .isInstanceOf(EventContract.ContractViolation.class).hasMessageContaining("version")
                .hasMessageContaining("active");
    }

    @Test
    void anEnumValueOutsideTheContractFails() {
        Example e = CONTRACT.examples("org.s3coop.partnership.stage-reverted.v1").get(0);
        ObjectNode data = e.payload().deepCopy();
        data.put("trigger", "BORED");
        data.put("stage", "DONE");
        EventContract.Result r = CONTRACT.check(e.headers(), keyOf(e), data);
        assertThat(String.join("\n", r.violations())).contains("trigger").contains("stage");
    }

    @Test
    void aTypeSpecificRequiredFieldIsChecked() {
        Example e = CONTRACT.examples("org.s3coop.partnership.member-joined.v1").get(0);
        ObjectNode data = e.payload().deepCopy();
        data.remove("regionCode");
        assertThat(CONTRACT.check(e.headers(), keyOf(e), data).violations()).anyMatch(v -> v.contains("regionCode"));
    }

    @Test
    void partnershipEventsCarryEveryFieldNullWhenEmptyNeverAbsent() {
        // docs/api.md, "null, never absent": every property of a partnership event's data is required, so an event that
        // leaves a field out breaks the contract; the field that does not concern the event is there as null
        for (String type : CONTRACT.typesOn("s3coop.partnerships.v1")) {
            Example e = CONTRACT.examples(type).get(0);
            JsonNode schema = CONTRACT.message(type).orElseThrow().payloadSchema().path("allOf").get(0);
            List<String> properties = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            assertThat(required).as(type).containsExactlyInAnyOrderElementsOf(properties);
            assertThat(e.payload().fieldNames()).toIterable().as(type).containsAll(properties);
            ObjectNode absent = e.payload().deepCopy();
            absent.remove(List.of("outcome", "regionCode", "project"));
            assertThat(CONTRACT.check(e.headers(), keyOf(e), absent).violations()).as(type)
                    .anyMatch(v -> v.contains("outcome")).anyMatch(v -> v.contains("regionCode"))
                    .anyMatch(v -> v.contains("project"));
        }
        Example proposed = CONTRACT.examples("org.s3coop.partnership.proposed.v1").get(0);
        assertThat(proposed.payload().get("regionCode").isNull()).isTrue();
        assertThat(proposed.payload().get("outcome").isNull()).isTrue();
        assertThat(CONTRACT.check(proposed, keyOf(proposed)).violations()).isEmpty();
    }

    @Test
    void aFieldTheEventIsAboutMayNotBeNull() {
        Example joined = CONTRACT.examples("org.s3coop.partnership.member-joined.v1").get(0);
        ObjectNode data = joined.payload().deepCopy();
        data.putNull("regionCode");
        assertThat(CONTRACT.check(joined.headers(), keyOf(joined), data).violations()).anyMatch(v -> v.contains("regionCode"));
        Example advanced = CONTRACT.examples("org.s3coop.partnership.stage-advanced.v1").get(0);
        ObjectNode transition = advanced.payload().deepCopy();
        transition.putNull("from");
        transition.putNull("at");
        assertThat(CONTRACT.check(advanced.headers(), keyOf(advanced), transition).violations())
                .anyMatch(v -> v.contains("/from:")).anyMatch(v -> v.contains("/at:"));
        Example moved = CONTRACT.examples("org.s3coop.partnership.project-status-changed.v1").get(0);
        ObjectNode project = moved.payload().deepCopy();
        ((ObjectNode) project.get("project")).putNull("to");
        assertThat(CONTRACT.check(moved.headers(), keyOf(moved), project).violations()).anyMatch(v -> v.contains("/project/to:"));
    }

    @Test
    void unknownFieldsAreAllowed() {
        Example e = CONTRACT.examples(REGISTERED).get(0);
        ObjectNode data = e.payload().deepCopy();
        data.put("population", 7_700_000);
        Map<String, String> headers = new LinkedHashMap<>(e.headers());
        headers.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertThat(CONTRACT.check(headers, keyOf(e), data).violations()).isEmpty();
    }

    @Test
    void anUnknownTypeFails() {
        Example e = CONTRACT.examples(REGISTERED).get(0);
        Map<String, String> headers = new LinkedHashMap<>(e.headers());
        headers.put("ce_type", "org.s3coop.region.renamed.v1");
        assertThat(CONTRACT.check(headers, keyOf(e), e.payload()).violations())
                .singleElement().asString().contains("org.s3coop.region.renamed.v1").contains("not a message");
        headers.remove("ce_type");
        assertThat(CONTRACT.check(headers, keyOf(e), e.payload()).valid()).isFalse();
    }
}
