package org.s3coop.partnership.events;

import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * The spans the service exports in the tests: a {@code SpanExporter} bean, so Quarkus sends them here instead of
 * to an OTLP collector. Only sampled spans arrive (the test profile samples nothing but traces a test starts).
 */
@Singleton
public class RecordedSpans {
    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return exporter;
    }

    /** The finished spans of one trace, in the order they ended. */
    public List<SpanData> of(String traceId) {
        return exporter.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }
}
