package org.s3coop.region.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.s3coop.platform.events.EventTypeFilter;
import org.s3coop.platform.events.IncomingEvent;
import org.s3coop.platform.events.PoisonEventException;
import org.s3coop.platform.readmodel.ReadModelStatement;
import org.s3coop.region.domain.CooperationProfile;
import org.s3coop.region.domain.JointPartnership;
import org.s3coop.region.domain.PartnershipParticipation;
import org.s3coop.region.repository.CooperationRepository;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * The cooperation read model: each region's part in partnerships, kept from partnership-service's events. Every
 * partnership event carries the partnership's lead, members, priority, stage, status and version, which is all it
 * needs; an event older than the version held (a late or replayed one) changes nothing.
 */
@ApplicationScoped
public class CooperationReadModel {
    private static final Logger LOG = Logger.getLogger(CooperationReadModel.class);
    static final EventTypeFilter TYPES = EventTypeFilter.v1Of("partnership");

    @Inject
    CooperationRepository cooperation;

    /**
     * The event's change of the read model, as the statement the consumer runs once per event id
     * (IdempotentConsumer.consumeOnce); nothing but the event's record for a type this service does not read.
     */
    public ReadModelStatement.Change change(IncomingEvent event) {
        if (!TYPES.accepts(event.type())) {
            LOG.debugf("ignoring %s %s: not a partnership event this service reads", event.type(), event.id());
            return ReadModelStatement.NONE;
        }
        return cooperation.replaceIfNewer(participation(event));
    }

    /** The cooperation profiles of the given regions; a region in no partnership gets an empty profile. */
    public Uni<Map<String, CooperationProfile>> profilesOf(Collection<String> regionCodes) {
        return cooperation.profilesOf(regionCodes);
    }

    /** The regions taking part with {@code region} in an active partnership, with that partnership's priority. */
    public Uni<List<JointPartnership>> jointPartnerships(String region) {
        return cooperation.jointPartnerships(region);
    }

    /** What a partnership event says of the regions taking part; a record without it is poison. */
    static PartnershipParticipation participation(IncomingEvent event) {
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
        JsonNode priority = event.data().path("priority");
        String priorityKey = priority.path("family").isTextual() && priority.path("code").isTextual()
                ? priority.path("family").asText() + ":" + priority.path("code").asText() : null;
        return new PartnershipParticipation(id, lead, regions, priorityKey, event.text("stage"), event.text("status"),
                event.version());
    }
}
