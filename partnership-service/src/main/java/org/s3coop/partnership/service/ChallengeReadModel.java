package org.s3coop.partnership.service;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.s3coop.partnership.domain.TrackedChallenge;
import org.s3coop.partnership.repository.TrackedChallengeRepository;
import org.s3coop.platform.events.IncomingEvent;
import org.s3coop.platform.events.PoisonEventException;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * Keeps, per challenge of challenge-service's events, its scope, severity and status, so the PILOT→SCALE_UP gate can
 * count the open BLOCKING challenges on a partnership. Older versions are ignored.
 */
@ApplicationScoped
public class ChallengeReadModel {
    private static final Logger LOG = Logger.getLogger(ChallengeReadModel.class);
    private static final String PREFIX = "org.s3coop.challenge.";
    private static final Set<String> TYPES = Set.of(PREFIX + "raised.v1", PREFIX + "updated.v1", PREFIX + "addressed.v1",
            PREFIX + "closed.v1", PREFIX + "withdrawn.v1", PREFIX + "reopened.v1");

    @Inject
    TrackedChallengeRepository challenges;

    /** Runs inside the consumer's transaction (see IdempotentConsumer). */
    public Uni<Void> apply(IncomingEvent event) {
        if (!TYPES.contains(event.type())) {
            LOG.debugf("ignoring %s %s: not a challenge event this service uses", event.type(), event.id());
            return Uni.createFrom().voidItem();
        }
        String id = event.text("id");
        long version = event.version();
        String severity = event.text("severity");
        String status = event.text("status");
        JsonNode scope = event.data().get("scope");
        JsonNode scopeType = scope == null ? null : scope.get("type");
        if (scopeType == null || !scopeType.isTextual()) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": data.scope.type is missing or not text");
        }
        JsonNode ref = scope.get("ref");
        String scopeRef = ref != null && ref.isTextual() ? ref.asText() : null;
        return challenges.findById(id).chain(existing -> {
            if (existing != null && existing.version >= version) {
                return Uni.createFrom().voidItem();
            }
            TrackedChallenge c = existing != null ? existing : new TrackedChallenge();
            c.id = id;
            c.describe(scopeType.asText(), scopeRef, severity, status, version);
            return existing == null ? challenges.persist(c).replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }
}
