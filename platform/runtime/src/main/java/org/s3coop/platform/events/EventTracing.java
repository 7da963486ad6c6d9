package org.s3coop.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Tracing of the event path (OpenTelemetry, W3C Trace Context): the relay's PRODUCER spans ({@link OutboxTracing})
 * and the consumers' spans. A consumer applies an event under a CONSUMER span {@code process <consumer>}, a child of
 * the record's receive span (SmallRye Kafka's, which continues the record's {@code traceparent} header), and keeps
 * that span current while it applies: the events the consumer writes to its own outbox then carry the same trace,
 * so one trace runs from the API call through every service the change reaches.
 *
 * <p>Off when the SDK is ({@code quarkus.otel.sdk.disabled=true}, the default): no span is started, nothing is made
 * current, the outbox stores no traceparent, and the relay passes on what a row already carries.
 */
@ApplicationScoped
public class EventTracing {
    static final String INSTRUMENTATION = "org.s3coop.platform.events";

    @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false")
    boolean disabled;

    @Inject
    OpenTelemetry openTelemetry;

    /** The relay's tracing; without spans when tracing is off. */
    OutboxTracing outbox() {
        return new OutboxTracing(disabled ? null : openTelemetry.getTracer(INSTRUMENTATION));
    }

    /**
     * Runs {@code work} (applying one event, with its retries) under the consumer's span, current on the message's
     * Vert.x context until the work ends; the span records a failure. Without tracing: {@code work} as it is.
     */
    <T> Uni<T> applying(Message<?> message, String consumer, IncomingEvent event, Supplier<Uni<T>> work) {
        if (disabled) {
            return Uni.createFrom().deferred(work::get);
        }
        return Uni.createFrom().deferred(() -> {
            Span span = openTelemetry.getTracer(INSTRUMENTATION).spanBuilder("process " + consumer)
                    .setParent(parent(message)).setSpanKind(SpanKind.CONSUMER)
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.operation.type", "process")
                    .setAttribute("messaging.consumer.name", consumer)
                    .setAttribute("messaging.message.id", event.id())
                    .setAttribute("cloudevents.event_id", event.id())
                    .setAttribute("cloudevents.event_type", event.type())
                    .setAttribute("cloudevents.event_source", event.source())
                    .startSpan();
            // Only on a duplicated Vert.x context, where Quarkus keeps the OpenTelemetry context for the whole
            // pipeline: a thread-local scope could not be closed from the thread that ends the work.
            Scope scope = VertxContext.isOnDuplicatedContext() ? span.makeCurrent() : Scope.noop();
            Uni<T> applied;
            try {
                applied = work.get();
            } catch (RuntimeException e) {
                end(span, scope, e);
                throw e;
            }
            return applied.onTermination().invoke((item, failure, cancelled) -> end(span, scope, failure));
        });
    }

    /** The record's receive span (SmallRye Kafka's tracing), else the record's own traceparent header. */
    private static Context parent(Message<?> message) {
        Optional<Context> received = TracingMetadata.fromMessage(message).map(TracingMetadata::getCurrentContext);
        if (received.isPresent() && Span.fromContext(received.get()).getSpanContext().isValid()) {
            return received.get();
        }
        return TraceParent.parent(message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getHeaders().lastHeader(TraceParent.HEADER))
                .map(h -> new String(h.value(), StandardCharsets.UTF_8)).orElse(null));
    }

    private static void end(Span span, Scope scope, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.toString());
        }
        scope.close();
        span.end();
    }
}
