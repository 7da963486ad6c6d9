package org.s3coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/** The relay's spans and the traceparent header of each record (an SDK tracer with in-memory spans, a mock producer). */
class OutboxTracingTest {
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String WRITER = "00f067aa0ba902b7";
    private static final String SOURCE = "/s3coop/region-service";

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
    private final MockProducer<String, String> kafka = new MockProducer<>(false, null, new StringSerializer(),
            new StringSerializer());

    @AfterEach
    void close() {
        provider.close();
    }

    private static OutboxRecord record(String traceparent) {
        return new OutboxRecord(7, "e7a1c2d3-0000-4000-8000-000000000001", "s3coop.regions.v1", "ES51",
                "org.s3coop.region.registered.v1", "ES51", OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), "{}",
                traceparent);
    }

    private static String header(ProducerRecord<String, String> record) {
        Header h = record.headers().lastHeader(TraceParent.HEADER);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aTracedRowIsPublishedUnderAProducerSpanThatTheRecordNames() {
        OutboxTracing tracing = new OutboxTracing(provider.get("test"));

        tracing.publish(kafka, record("00-" + TRACE + "-" + WRITER + "-01"), SOURCE);
        assertThat(spans.getFinishedSpanItems()).as("open until Kafka answers").isEmpty();
        assertThat(kafka.completeNext()).isTrue();

        List<SpanData> finished = spans.getFinishedSpanItems();
        assertThat(finished).hasSize(1);
        SpanData publish = finished.get(0);
        assertThat(publish.getName()).isEqualTo("publish s3coop.regions.v1");
        assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(publish.getTraceId()).isEqualTo(TRACE);
        assertThat(publish.getParentSpanId()).as("the span that wrote the event").isEqualTo(WRITER);
        assertThat(publish.getAttributes().asMap().toString()).contains("cloudevents.event_type=org.s3coop.region.registered.v1");
        assertThat(header(kafka.history().get(0))).isEqualTo("00-" + TRACE + "-" + publish.getSpanId() + "-01");
    }

    @Test
    void aRecordKafkaRefusesEndsItsSpanAsAnError() {
        new OutboxTracing(provider.get("test")).publish(kafka, record("00-" + TRACE + "-" + WRITER + "-01"), SOURCE);
        assertThat(kafka.errorNext(new NetworkException("broker away"))).isTrue();

        SpanData publish = spans.getFinishedSpanItems().get(0);
        assertThat(publish.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(publish.getEvents()).anySatisfy(e -> assertThat(e.getName()).isEqualTo("exception"));
    }

    @Test
    void aRowWithoutATraceGetsNoSpanAndNoHeader() {
        new OutboxTracing(provider.get("test")).publish(kafka, record(null), SOURCE);
        kafka.completeNext();

        assertThat(spans.getFinishedSpanItems()).isEmpty();
        assertThat(header(kafka.history().get(0))).isNull();
        assertThat(kafka.history().get(0).headers().lastHeader("ce_id")).isNotNull();
    }

    @Test
    void withTracingOffARowsTraceparentIsPassedOnAsItIs() {
        String stored = "00-" + TRACE + "-" + WRITER + "-01";
        new OutboxTracing(null).publish(kafka, record(stored), SOURCE);
        kafka.completeNext();

        assertThat(spans.getFinishedSpanItems()).isEmpty();
        assertThat(header(kafka.history().get(0))).isEqualTo(stored);
    }
}
