package org.s3coop.platform.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * A CloudEvent read from Kafka (binary mode: its attributes in the {@code ce_*} headers, {@link CloudEventHeaders}),
 * its data parsed as JSON. The attributes are read from the record's headers here rather than by the connector
 * ({@code cloud-events=false} on every channel, platform microprofile-config.properties): the connector's CloudEvent
 * metadata parses {@code ce_time} into a {@code ZonedDateTime} for every record, 5-7 % of a consumer's CPU, and no
 * consumer reads it (docs/performance.md, "Issue 18, stop 27: the event consumers").
 */
public record IncomingEvent(String id, String type, String source, String subject, JsonNode data) {

    static IncomingEvent from(Message<?> message, ObjectMapper json) {
        Headers headers = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getHeaders).orElse(null);
        if (headers == null || headers.lastHeader("ce_specversion") == null) {
            throw new PoisonEventException("not a CloudEvent: the ce_* headers are missing");
        }
        String id = header(headers, "ce_id");
        String type = header(headers, "ce_type");
        if (id == null || id.isBlank() || type == null) {
            throw new PoisonEventException("CloudEvent without id or type");
        }
        Object payload = message.getPayload();
        JsonNode data;
        try {
            data = payload instanceof JsonNode node ? node : json.readTree(String.valueOf(payload));
        } catch (Exception e) {
            throw new PoisonEventException("data of " + type + " " + id + " is not JSON: " + e.getMessage());
        }
        if (data == null || !data.isObject()) {
            throw new PoisonEventException("data of " + type + " " + id + " is not a JSON object");
        }
        return new IncomingEvent(id, type, String.valueOf(header(headers, "ce_source")), header(headers, "ce_subject"),
                data);
    }

    /** The last value of a header as text; null when the record does not have it. */
    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** A required text field of the data, or a poison failure naming it. */
    public String text(String field) {
        JsonNode v = data.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new PoisonEventException(type + " " + id + ": data." + field + " is missing or not text");
        }
        return v.asText();
    }

    /** The aggregate version after the change; events carry it so consumers can ignore stale ones. */
    public long version() {
        JsonNode v = data.get("version");
        if (v == null || !v.canConvertToLong()) {
            throw new PoisonEventException(type + " " + id + ": data.version is missing or not a number");
        }
        return v.asLong();
    }
}
