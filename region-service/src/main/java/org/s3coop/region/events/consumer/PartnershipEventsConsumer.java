package org.s3coop.region.events.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.s3coop.platform.events.IdempotentConsumer;
import org.s3coop.region.service.CooperationReadModel;

import io.smallrye.mutiny.Uni;

/** Feeds the cooperation read model from {@code s3coop.partnerships.v1}, once per CloudEvent id. */
@ApplicationScoped
public class PartnershipEventsConsumer {
    /** The consumer's name in {@code processed_event}: events recorded under it are not applied twice. */
    static final String CONSUMER = "partnerships";

    @Inject
    IdempotentConsumer consumer;
    @Inject
    CooperationReadModel readModel;

    @Incoming("partnerships")
    public Uni<Void> onPartnershipEvent(Message<String> message) {
        return consumer.consumeOnce(message, CONSUMER, readModel::change);
    }
}
