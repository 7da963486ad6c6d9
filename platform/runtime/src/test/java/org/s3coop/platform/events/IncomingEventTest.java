package org.s3coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** A record's CloudEvent attributes read from its ce_* headers (binary mode), and what makes a record poison. */
class IncomingEventTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theAttributesComeFromTheHeadersAndTheDataFromTheValue() {
        Headers headers = CloudEventHeaders.of("e-1", "/partnership-service", "org.s3coop.partnership.proposed.v1",
                "p-1", OffsetDateTime.of(2026, 12, 2, 13, 0, 0, 0, ZoneOffset.UTC));

        IncomingEvent event = IncomingEvent.from(record(headers, "{\"id\":\"p-1\",\"version\":3}"), JSON);

        assertThat(event.id()).isEqualTo("e-1");
        assertThat(event.type()).isEqualTo("org.s3coop.partnership.proposed.v1");
        assertThat(event.source()).isEqualTo("/partnership-service");
        assertThat(event.subject()).isEqualTo("p-1");
        assertThat(event.version()).isEqualTo(3);
    }

    @Test
    void aRecordWithoutCloudEventHeadersOrWithoutIdOrNotJsonIsPoison() {
        assertThatThrownBy(() -> IncomingEvent.from(record(new RecordHeaders(), "{}"), JSON))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("not a CloudEvent");
        RecordHeaders noId = new RecordHeaders();
        noId.add("ce_specversion", "1.0".getBytes());
        noId.add("ce_type", "org.s3coop.region.updated.v1".getBytes());
        assertThatThrownBy(() -> IncomingEvent.from(record(noId, "{}"), JSON))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("without id or type");
        Headers headers = CloudEventHeaders.of("e-2", "/region-service", "org.s3coop.region.updated.v1", "ES51",
                OffsetDateTime.now(ZoneOffset.UTC));
        assertThatThrownBy(() -> IncomingEvent.from(record(headers, "not json"), JSON))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("is not JSON");
        assertThatThrownBy(() -> IncomingEvent.from(Message.of("{}"), JSON))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("not a CloudEvent");
    }

    private static Message<String> record(Headers headers, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("t", 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0,
                "k", value, headers, Optional.empty());
        return Message.of(value, Metadata.of(new IncomingKafkaRecordMetadata<>(record, "t")));
    }
}
