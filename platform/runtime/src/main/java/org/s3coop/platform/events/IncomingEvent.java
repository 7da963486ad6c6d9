package org.s3coop.platform.events;

import java.util.Optional;

import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

/** A CloudEvent read from Kafka (binary mode), its data parsed as JSON. */
public record IncomingEvent(String id, String type, String source, String subject, JsonNode data) {

    static IncomingEvent from(Message<?> message, ObjectMapper json) {
        Optional<IncomingCloudEventMetadata> ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .map(m -> (IncomingCloudEventMetadata) m);
        if (ce.isEmpty()) {
            throw new PoisonEventException("not a CloudEvent: the ce_* headers are missing");
        }
        IncomingCloudEventMetadata<?> meta = ce.get();
        if (meta.getId() == null || meta.getId().isBlank() || meta.getType() == null) {
            throw new PoisonEventException("CloudEvent without id or type");
        }
        Object payload = message.getPayload();
        JsonNode data;
        try {
            data = payload instanceof JsonNode node ? node : json.readTree(String.valueOf(payload));
        } catch (Exception e) {
            throw new PoisonEventException("data of " + meta.getType() + " " + meta.getId() + " is not JSON: "
                    + e.getMessage());
        }
        if (data == null || !data.isObject()) {
            throw new PoisonEventException("data of " + meta.getType() + " " + meta.getId() + " is not a JSON object");
        }
        return new IncomingEvent(meta.getId(), meta.getType(), String.valueOf(meta.getSource()),
                meta.getSubject().orElse(null), data);
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
