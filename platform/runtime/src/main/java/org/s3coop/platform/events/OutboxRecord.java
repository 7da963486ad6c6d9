package org.s3coop.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * One PENDING row of {@code outbox_event}, as the relay reads it; {@code seq} orders the outbox. {@code traceparent}
 * is the trace of the change that wrote it (null when tracing was off).
 */
record OutboxRecord(long seq, String id, String topic, String key, String type, String subject,
        OffsetDateTime time, String payload, String traceparent) {

    /**
     * The CloudEvent (binary mode) this row is published as; {@code source} is {@code /s3coop/<service>};
     * {@code traceparent}, when not null, becomes the record's {@value TraceParent#HEADER} header.
     */
    ProducerRecord<String, String> toProducerRecord(String source, String traceparent) {
        Headers headers = CloudEventHeaders.of(id, source, type, subject, time);
        if (traceparent != null) {
            headers.add(TraceParent.HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(topic, null, key, payload, headers);
    }
}
