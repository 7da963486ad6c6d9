package org.s3coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;

/** The traceparent the outbox stores and the relay sends: W3C Trace Context, version 00. */
class TraceParentTest {
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @Test
    void aSpanContextIsWrittenAsVersionTraceIdSpanIdAndFlags() {
        SpanContext sampled = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault());
        SpanContext notSampled = SpanContext.create(TRACE, SPAN, TraceFlags.getDefault(), TraceState.getDefault());

        assertThat(TraceParent.of(sampled)).isEqualTo("00-" + TRACE + "-" + SPAN + "-01");
        assertThat(TraceParent.of(notSampled)).isEqualTo("00-" + TRACE + "-" + SPAN + "-00");
    }

    @Test
    void noTraceIsNoTraceparent() {
        assertThat(TraceParent.of(SpanContext.getInvalid())).isNull();
        assertThat(TraceParent.of(null)).isNull();
        assertThat(TraceParent.current()).as("outside any span").isNull();
    }

    @Test
    void aTraceparentIsContinuedAsARemoteParent() {
        SpanContext parent = Span.fromContext(TraceParent.parent("00-" + TRACE + "-" + SPAN + "-01")).getSpanContext();

        assertThat(parent.isValid()).isTrue();
        assertThat(parent.isRemote()).isTrue();
        assertThat(parent.getTraceId()).isEqualTo(TRACE);
        assertThat(parent.getSpanId()).isEqualTo(SPAN);
        assertThat(parent.isSampled()).isTrue();
    }

    @Test
    void nothingOrSomethingMalformedContinuesNothing() {
        assertThat(TraceParent.parent(null)).isSameAs(Context.root());
        assertThat(TraceParent.parent(" ")).isSameAs(Context.root());
        assertThat(Span.fromContext(TraceParent.parent("00-" + TRACE + "-nothex-01")).getSpanContext().isValid()).isFalse();
        assertThat(Span.fromContext(TraceParent.parent("00-" + "0".repeat(32) + "-" + SPAN + "-01")).getSpanContext()
                .isValid()).as("all-zero trace id").isFalse();
    }
}
