package org.s3coop.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.s3coop.platform.persistence.JsonRows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes events into the {@code outbox_event} table inside the caller's transaction, so an event exists if and
 * only if the change it describes committed. {@link OutboxRelay} publishes them. The row keeps the
 * {@link TraceParent} of the current span (the request's, or the consumer's that applied an event), so the published
 * record continues the trace; none when tracing is off.
 */
@ApplicationScoped
public class Outbox {
    /** The columns of {@code outbox_event} that an event fills, for {@link #append} and {@link ChangeLog} alike. */
    public static final JsonRows ROWS = JsonRows.of("outbox_event", "event_id uuid", "topic text", "record_key text",
            "event_type text", "subject text", "occurred_at timestamptz", "payload text", "traceparent text");
    private static final String INSERT = ROWS.insert("events");

    @ConfigProperty(name = "s3coop.events.topic")
    String topic;

    @Inject
    ObjectMapper json;

    /** Appends the event to the outbox of the current transaction (call inside {@code @WithTransaction}). */
    public Uni<Void> append(DomainEvent event) {
        return append(topic, event);
    }

    public Uni<Void> append(String toTopic, DomainEvent event) {
        ObjectNode row;
        try {
            row = row(toTopic, event);
        } catch (IllegalStateException e) {
            return Uni.createFrom().failure(e);
        }
        String rows = json.createArrayNode().add(row).toString();
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT).setParameter("events", rows)
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * The row of {@code event} as one JSON object with the columns of {@code outbox_event} ({@link #ROWS}), on this
     * service's topic, for a statement that writes several rows at once ({@link ChangeLog}).
     */
    public ObjectNode row(DomainEvent event) {
        return row(topic, event);
    }

    private ObjectNode row(String toTopic, DomainEvent event) {
        String payload;
        try {
            payload = json.writeValueAsString(withActor(event));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("event data cannot be written as JSON", e);
        }
        return json.createObjectNode().put("event_id", event.id().toString()).put("topic", toTopic)
                .put("record_key", event.key()).put("event_type", event.type()).put("subject", event.subject())
                .put("occurred_at", event.time().toString()).put("payload", payload)
                .put("traceparent", TraceParent.current());
    }

    private Object withActor(DomainEvent event) {
        if (event.actor() == null) {
            return event.data();
        }
        JsonNode data = json.valueToTree(event.data());
        if (!(data instanceof ObjectNode object)) {
            throw new IllegalArgumentException("event data of " + event.type() + " is not a JSON object");
        }
        return object.put("actor", event.actor());
    }
}
