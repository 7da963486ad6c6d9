package org.s3coop.partnership.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Db;
import org.s3coop.partnership.support.Kafka;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.TestTokens;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One trace from the API call, or from the record another service published, through the outbox and the relay to
 * the record this service publishes: the span that wrote the event is stored with it in the outbox, the relay
 * publishes under a PRODUCER span, and the record's {@code traceparent} header names that span (OpenTelemetry on,
 * spans in memory: {@link RecordedSpans}).
 */
@QuarkusTest
class TracingTests {
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Inject
    RecordedSpans spans;

    /** A caller's traceparent: a new trace id, the caller's span id, sampled or not. */
    private static String[] callerTrace() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new String[] { "%016x%016x".formatted(random.nextLong(), random.nextLong() | 1),
                "%016x".formatted(random.nextLong() | 1) };
    }

    private static String traceparent(String[] trace, boolean sampled) {
        return "00-" + trace[0] + "-" + trace[1] + (sampled ? "-01" : "-00");
    }

    private static String proposalBody(String lead, String partner) {
        return "{\"title\":\"Traced partnership\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\"},"
                + "\"leadRegion\":\"" + lead + "\",\"members\":[{\"regionCode\":\"" + lead + "\",\"role\":\"lead\","
                + "\"contribution\":\"coordination\"},{\"regionCode\":\"" + partner + "\",\"role\":\"partner\","
                + "\"contribution\":\"research\"}]}";
    }

    /** A partnership of two new regions, proposed by a caller that sends its traceparent; its id. */
    private static String proposeTraced(String[] caller, boolean sampled) {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        return Partnerships.as(TestTokens.editor(lead)).header("traceparent", traceparent(caller, sampled))
                .body(proposalBody(lead, partner)).post(Partnerships.BASE).then().statusCode(201).extract().path("id");
    }

    private static String storedTraceparent(String eventType, String key) {
        return (String) Db.single("select traceparent from outbox_event where event_type = ? and record_key = ?",
                eventType, key);
    }

    /** The traceparent header of the first record of this type and key on s3coop.partnerships.v1. */
    private static String publishedTraceparent(String eventType, String key) {
        try (CloudEventRecords records = Kafka.reader(Kafka.PARTNERSHIPS)) {
            return records.await(e -> key.equals(e.key()) && eventType.equals(e.type()), 1, EVENTUALLY).get(0)
                    .headers().get("traceparent");
        }
    }

    private static String spanId(String traceparent) {
        return traceparent.split("-")[2];
    }

    private static SpanData only(List<SpanData> trace, SpanKind kind, String name) {
        List<SpanData> found = trace.stream().filter(s -> s.getKind() == kind && s.getName().equals(name)).toList();
        assertThat(found).as(kind + " " + name + " in " + names(trace)).hasSize(1);
        return found.get(0);
    }

    private static List<String> names(List<SpanData> trace) {
        return trace.stream().map(s -> s.getKind() + " " + s.getName()).toList();
    }

    @Test
    void aTraceRunsFromTheApiCallThroughTheOutboxAndTheRelayToTheRecordsHeader() {
        String[] caller = callerTrace();

        String id = proposeTraced(caller, true);

        String stored = storedTraceparent("org.s3coop.partnership.proposed.v1", id);
        String header = publishedTraceparent("org.s3coop.partnership.proposed.v1", id);
        assertThat(stored).startsWith("00-" + caller[0] + "-").endsWith("-01");
        assertThat(header).startsWith("00-" + caller[0] + "-").endsWith("-01").isNotEqualTo(stored);
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            List<SpanData> trace = spans.of(caller[0]);
            SpanData server = only(trace, SpanKind.SERVER, "POST /api/v1/partnerships");
            SpanData publish = only(trace, SpanKind.PRODUCER, "publish s3coop.partnerships.v1");
            assertThat(server.getParentSpanId()).as("the caller's span").isEqualTo(caller[1]);
            assertThat(server.getSpanId()).as("the outbox row keeps the request's span").isEqualTo(spanId(stored));
            assertThat(publish.getParentSpanId()).isEqualTo(server.getSpanId());
            assertThat(publish.getSpanId()).as("the record names the relay's span").isEqualTo(spanId(header));
            assertThat(publish.getAttributes().asMap().toString()).contains("messaging.message.id=");
        });
    }

    @Test
    void aConsumerContinuesTheTraceOfTheRecordAndTheEventsItWritesCarryIt() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        String[] producer = callerTrace();

        // region-service retires the partner region; its record carries region-service's trace
        String retired = Kafka.newEventId();
        Map<String, String> headers = new LinkedHashMap<>(
                Kafka.ceHeaders(retired, "/s3coop/region-service", Regions.RETIRED, partner));
        headers.put("traceparent", traceparent(producer, true));
        Kafka.send(Kafka.REGIONS, partner, "{\"code\":\"" + partner + "\",\"name\":\"Region " + partner + "\",\"country\":\"DE\","
                + "\"level\":3,\"nutsVersion\":\"2024\",\"priorities\":[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\","
                + "\"label\":\"Plastics\"}],\"active\":false,\"version\":2}", headers);

        // the re-scoping it causes is published in the same trace
        String flagged = "org.s3coop.partnership.rescoping-recommended.v1";
        String header = publishedTraceparent(flagged, id);
        assertThat(header).startsWith("00-" + producer[0] + "-").endsWith("-01");
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            List<SpanData> trace = spans.of(producer[0]);
            SpanData process = only(trace, SpanKind.CONSUMER, "process regions");
            SpanData publish = only(trace, SpanKind.PRODUCER, "publish s3coop.partnerships.v1");
            Optional<SpanData> receive = trace.stream().filter(s -> s.getSpanId().equals(process.getParentSpanId()))
                    .findFirst();
            assertThat(receive).as("SmallRye Kafka's receive span: " + names(trace)).isPresent();
            assertThat(receive.get().getKind()).isEqualTo(SpanKind.CONSUMER);
            assertThat(receive.get().getParentSpanId()).as("region-service's span").isEqualTo(producer[1]);
            assertThat(process.getAttributes().asMap().toString()).contains("cloudevents.event_id=" + retired);
            assertThat(publish.getParentSpanId()).as("written while the consumer applied the event")
                    .isEqualTo(process.getSpanId());
            assertThat(publish.getSpanId()).isEqualTo(spanId(header));
        });
    }

    @Test
    void whatIsNotSampledCarriesItsTraceButRecordsNoSpan() {
        String[] caller = callerTrace();

        String id = proposeTraced(caller, false);

        assertThat(storedTraceparent("org.s3coop.partnership.proposed.v1", id)).startsWith("00-" + caller[0] + "-")
                .endsWith("-00");
        assertThat(publishedTraceparent("org.s3coop.partnership.proposed.v1", id)).startsWith("00-" + caller[0] + "-")
                .endsWith("-00");
        assertThat(spans.of(caller[0])).isEmpty();
    }
}
