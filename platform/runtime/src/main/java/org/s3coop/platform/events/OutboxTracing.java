package org.s3coop.platform.events;

import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * The relay's part of a trace: each record whose row carries a {@link TraceParent} is published under a PRODUCER span
 * ({@code publish <topic>}), a child of the span that wrote the event, from the hand-over to Kafka's
 * acknowledgement; the record's {@code traceparent} header names that span, so the consumers' spans hang below it.
 * A row without a trace gets no span and no header; with tracing off the span is a no-op and the row's own
 * traceparent (if any) is passed on as it is.
 */
final class OutboxTracing {
    private final Tracer tracer;

    /** {@code tracer} null: tracing is off (no spans; a row's traceparent is passed on as it is). */
    OutboxTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Hands one record to the producer under its span; the span ends when Kafka acknowledged or refused it. */
    Future<RecordMetadata> publish(Producer<String, String> kafka, OutboxRecord r, String source) {
        Span span = start(r);
        try {
            return kafka.send(r.toProducerRecord(source, header(span, r)), (metadata, failure) -> end(span, failure));
        } catch (RuntimeException e) {
            end(span, e);
            throw e;
        }
    }

    /** The PRODUCER span of a record, or the invalid span when its row carries no trace (or tracing is off). */
    Span start(OutboxRecord r) {
        Context parent = TraceParent.parent(r.traceparent());
        if (tracer == null || !Span.fromContext(parent).getSpanContext().isValid()) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder("publish " + r.topic()).setParent(parent).setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", r.topic())
                .setAttribute("messaging.message.id", r.id())
                .setAttribute("messaging.kafka.message.key", r.key())
                .setAttribute("cloudevents.event_id", r.id())
                .setAttribute("cloudevents.event_type", r.type())
                .setAttribute("cloudevents.event_subject", r.subject())
                .startSpan();
    }

    /** The record's traceparent header: the publishing span's; the row's own when there is no span (tracing off). */
    static String header(Span span, OutboxRecord r) {
        String own = TraceParent.of(span.getSpanContext());
        return own != null ? own : r.traceparent();
    }

    private static void end(Span span, Exception failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.toString());
        }
        span.end();
    }
}
