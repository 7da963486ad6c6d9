package org.s3coop.challenge.events.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.s3coop.challenge.service.RegionReadModel;
import org.s3coop.contracts.events.RegionSnapshot;
import org.s3coop.platform.events.IdempotentConsumer;
import org.s3coop.platform.events.IncomingEvent;

import io.smallrye.mutiny.Uni;

/**
 * Reads region-service's events on {@code s3coop.regions.v1} ({@link RegionSnapshot}, strictly) into the
 * {@link RegionReadModel}.
 */
@ApplicationScoped
public class RegionEventsConsumer {
    private static final Logger LOG = Logger.getLogger(RegionEventsConsumer.class);

    @Inject
    IdempotentConsumer consumer;
    @Inject
    RegionReadModel regions;

    @Incoming("regions")
    public Uni<Void> onRegionEvent(Message<String> message) {
        return consumer.consume(message, "regions", this::apply);
    }

    Uni<Void> apply(IncomingEvent event) {
        if (!RegionSnapshot.TYPES.accepts(event.type())) {
            // another producer's type or a later version: not ours to read (docs/events.md)
            return Uni.createFrom().voidItem();
        }
        RegionSnapshot region = RegionSnapshot.read(event);
        return regions.apply(region)
                .invoke(changed -> LOG.debugf("%s %s v%d %s", event.type(), region.code(), region.version(),
                        changed ? "applied" : "stale, ignored"))
                .replaceWithVoid();
    }
}
