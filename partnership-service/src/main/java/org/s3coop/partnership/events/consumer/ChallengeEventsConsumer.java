package org.s3coop.partnership.events.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.s3coop.partnership.service.ChallengeReadModel;
import org.s3coop.platform.events.IdempotentConsumer;

import io.smallrye.mutiny.Uni;

/** Feeds the blocking-challenge read model from {@code s3coop.challenges.v1}, once per CloudEvent id. */
@ApplicationScoped
public class ChallengeEventsConsumer {
    @Inject
    IdempotentConsumer consumer;
    @Inject
    ChallengeReadModel readModel;

    @Incoming("challenges")
    public Uni<Void> onChallengeEvent(Message<String> message) {
        return consumer.consume(message, "challenges", readModel::apply);
    }
}
