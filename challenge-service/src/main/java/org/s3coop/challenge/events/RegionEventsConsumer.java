package org.s3coop.challenge.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.s3coop.challenge.repository.KnownRegionRepository;
import org.s3coop.platform.events.IdempotentConsumer;
import org.s3coop.platform.events.IncomingEvent;
import org.s3coop.platform.events.PoisonEventException;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * Keeps the read model of regions (exists, active) from region-service's events on {@code s3coop.regions.v1}.
 * Every region event carries the region's full state; a row is replaced only by a newer version.
 */
@ApplicationScoped
public class RegionEventsConsumer {
    private static final Logger LOG = Logger.getLogger(RegionEventsConsumer.class);
    static final String PREFIX = "org.s3coop.region.";

    @Inject
    IdempotentConsumer consumer;
    @Inject
    KnownRegionRepository regions;

    @Incoming("regions")
    public Uni<Void> onRegionEvent(Message<String> message) {
        return consumer.consume(message, "regions", this::apply);
    }

    Uni<Void> apply(IncomingEvent event) {
        if (!(event.type().startsWith(PREFIX) && event.type().endsWith(".v1"))) {
            // another producer's type or a later version: not ours to read (docs/events.md)
            return Uni.createFrom().voidItem();
        }
        String code = event.text("code");
        long version = event.version();
        JsonNode active = event.data().get("active");
        if (active == null || !active.isBoolean()) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": data.active is missing or not a boolean");
        }
        JsonNode country = event.data().get("country");
        JsonNode name = event.data().get("name");
        return regions.upsertIfNewer(code, country != null && country.isTextual() ? country.asText() : code.substring(0, 2),
                name != null && name.isTextual() ? name.asText() : code, active.asBoolean(), version)
                .invoke(changed -> LOG.debugf("%s %s v%d %s", event.type(), code, version, changed ? "applied" : "stale, ignored"))
                .replaceWithVoid();
    }
}
