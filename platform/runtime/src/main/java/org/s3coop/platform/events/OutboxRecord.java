package org.s3coop.platform.events;

import java.time.OffsetDateTime;

import org.apache.kafka.clients.producer.ProducerRecord;

/** One PENDING row of {@code outbox_event}, as the relay reads it; {@code seq} orders the outbox. */
record OutboxRecord(long seq, String id, String topic, String key, String type, String subject,
        OffsetDateTime time, String payload) {

    /** The CloudEvent (binary mode) this row is published as; {@code source} is {@code /s3coop/<service>}. */
    ProducerRecord<String, String> toProducerRecord(String source) {
        return new ProducerRecord<>(topic, null, key, payload, CloudEventHeaders.of(id, source, type, subject, time));
    }
}
