package org.s3coop.platform.events;

import java.util.List;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C Trace Context {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}) as the outbox carries it: the
 * outbox row stores the one of the span that wrote the event, the relay sends it as the record's {@code traceparent}
 * header, and consumers continue the trace from it (the header SmallRye Kafka and other OpenTelemetry Kafka
 * instrumentations read). Null wherever there is no trace (tracing off).
 */
public final class TraceParent {
    /** The record header (and W3C HTTP header) name. */
    public static final String HEADER = "traceparent";

    private static final TextMapGetter<String> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParent() {
    }

    /** The traceparent of the current span; null when there is none (tracing off, or outside any span). */
    public static String current() {
        return of(Span.current().getSpanContext());
    }

    /** The traceparent of a span context; null when the context is not valid (no trace). */
    public static String of(SpanContext span) {
        if (span == null || !span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The context that continues a traceparent: a remote parent; the root context when it is null or malformed. */
    public static Context parent(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, GETTER);
    }
}
