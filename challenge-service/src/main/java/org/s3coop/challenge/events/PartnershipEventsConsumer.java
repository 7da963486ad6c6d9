package org.s3coop.challenge.events;

import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.s3coop.challenge.repository.KnownPartnershipRepository;
import org.s3coop.platform.events.IdempotentConsumer;
import org.s3coop.platform.events.IncomingEvent;
import org.s3coop.platform.events.PoisonEventException;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * Keeps the read model of partnerships (exists, stage, status, member regions) from partnership-service's events on
 * {@code s3coop.partnerships.v1}. A row is replaced only by a newer version; an event without {@code members} keeps
 * the members already known.
 */
@ApplicationScoped
public class PartnershipEventsConsumer {
    private static final Logger LOG = Logger.getLogger(PartnershipEventsConsumer.class);
    static final String PREFIX = "org.s3coop.partnership.";

    @Inject
    IdempotentConsumer consumer;
    @Inject
    KnownPartnershipRepository partnerships;

    @Incoming("partnerships")
    public Uni<Void> onPartnershipEvent(Message<String> message) {
        return consumer.consume(message, "partnerships", this::apply);
    }

    Uni<Void> apply(IncomingEvent event) {
        if (!(event.type().startsWith(PREFIX) && event.type().endsWith(".v1"))) {
            // another producer's type or a later version: not ours to read (docs/events.md)
            return Uni.createFrom().voidItem();
        }
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
        String members = members(event);
        return partnerships.upsertIfNewer(id, title != null && title.isTextual() ? title.asText() : "", stage, status,
                members, version)
                .invoke(changed -> LOG.debugf("%s %s v%d %s", event.type(), id, version, changed ? "applied" : "stale, ignored"))
                .replaceWithVoid();
    }

    /** {@code |DE21|ES51|}, or "" when the event does not list members. */
    private static String members(IncomingEvent event) {
        JsonNode members = event.data().get("members");
        if (members == null || members.isNull()) {
            return "";
        }
        if (!members.isArray()) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": data.members is not an array");
        }
        TreeSet<String> codes = new TreeSet<>();
        for (JsonNode m : members) {
            JsonNode code = m.get("regionCode");
            if (code == null || !code.isTextual() || code.asText().isBlank()) {
                throw new PoisonEventException(event.type() + " " + event.id() + ": a member has no regionCode");
            }
            codes.add(code.asText());
        }
        return codes.isEmpty() ? "||" : "|" + String.join("|", codes) + "|";
    }
}
