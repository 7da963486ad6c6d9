package org.s3coop.challenge.events.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.s3coop.challenge.service.PartnershipReadModel;
import org.s3coop.platform.events.EventTypeFilter;
import org.s3coop.platform.events.IdempotentConsumer;
import org.s3coop.platform.events.IncomingEvent;
import org.s3coop.platform.events.PoisonEventException;
import org.s3coop.platform.readmodel.ReadModelStatement;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * Reads partnership-service's events on {@code s3coop.partnerships.v1} (every one carries id, stage, status and
 * version; most list the members) into the {@link PartnershipReadModel}.
 */
@ApplicationScoped
public class PartnershipEventsConsumer {
    static final EventTypeFilter TYPES = EventTypeFilter.v1Of("partnership");

    @Inject
    IdempotentConsumer consumer;
    @Inject
    PartnershipReadModel partnerships;

    @Incoming("partnerships")
    public Uni<Void> onPartnershipEvent(Message<String> message) {
        return consumer.consumeOnce(message, "partnerships", this::change);
    }

    ReadModelStatement.Change change(IncomingEvent event) {
        if (!TYPES.accepts(event.type())) {
            // another producer's type or a later version: not ours to read (docs/events.md)
            return ReadModelStatement.NONE;
        }
        return partnerships.change(read(event));
    }

    /** The partnership the event describes, or a poison failure naming what breaks the contract. */
    static PartnershipReadModel.Snapshot read(IncomingEvent event) {
        String id;
        try {
            id = UUID.fromString(event.text("id")).toString();
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": data.id is not a UUID");
        }
        long version = event.version();
        String stage = event.text("stage").toUpperCase(Locale.ROOT);
        String status = event.text("status").toUpperCase(Locale.ROOT);
        JsonNode title = event.data().get("title");
        return new PartnershipReadModel.Snapshot(id, title != null && title.isTextual() ? title.asText() : "", stage,
                status, members(event), version);
    }

    /** The member region codes, or null when the event does not list members. */
    private static List<String> members(IncomingEvent event) {
        JsonNode members = event.data().get("members");
        if (members == null || members.isNull()) {
            return null;
        }
        if (!members.isArray()) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": data.members is not an array");
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode m : members) {
            JsonNode code = m.get("regionCode");
            if (code == null || !code.isTextual() || code.asText().isBlank()) {
                throw new PoisonEventException(event.type() + " " + event.id() + ": a member has no regionCode");
            }
            codes.add(code.asText());
        }
        return codes;
    }
}
