package org.s3coop.partnership.events.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.s3coop.partnership.service.RegionReadModel;
import org.s3coop.platform.events.IdempotentConsumer;

import io.smallrye.mutiny.Uni;

/** Feeds the region read model from {@code s3coop.regions.v1}, once per CloudEvent id. */
@ApplicationScoped
public class RegionEventsConsumer {
    @Inject
    IdempotentConsumer consumer;
    @Inject
    RegionReadModel readModel;

    @Incoming("regions")
    public Uni<Void> onRegionEvent(Message<String> message) {
        return consumer.consume(message, "regions", readModel::apply);
    }
}
