package org.s3coop.region.events;

import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.s3coop.platform.events.IdempotentConsumer;
import org.s3coop.platform.events.IncomingEvent;
import org.s3coop.platform.events.PoisonEventException;
import org.s3coop.region.repository.CooperationRepository;
import org.s3coop.region.repository.CooperationRepository.Participation;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * Keeps the cooperation read model from {@code s3coop.partnerships.v1}: every partnership event carries the
 * partnership's lead, members, stage, status and version, which is all this service needs.
 */
@ApplicationScoped
public class PartnershipEventHandler {
    static final String CONSUMER = "partnerships";

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CooperationRepository cooperation;

    @Incoming("partnerships")
    public Uni<Void> onPartnershipEvent(Message<String> message) {
        return consumer.consume(message, CONSUMER, this::apply);
    }

    Uni<Void> apply(IncomingEvent event) {
        if (!(event.type().startsWith("org.s3coop.partnership.") && event.type().endsWith(".v1"))) {
            // another producer's type or a later version: not ours to read (docs/events.md)
            return Uni.createFrom().voidItem();
        }
        return cooperation.apply(participation(event)).replaceWithVoid();
    }

    static Participation participation(IncomingEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.text("id"));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": data.id is not a UUID");
        }
        String lead = event.text("leadRegion");
        TreeSet<String> regions = new TreeSet<>();
        regions.add(lead);
        JsonNode members = event.data().get("members");
        if (members == null || !members.isArray()) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": data.members is missing");
        }
        for (JsonNode m : members) {
            JsonNode code = m.get("regionCode");
            if (code == null || !code.isTextual()) {
                throw new PoisonEventException(event.type() + " " + event.id() + ": a member has no regionCode");
            }
            regions.add(code.asText());
        }
        return new Participation(id, lead, regions, event.text("stage"), event.text("status"), event.version());
    }
}
