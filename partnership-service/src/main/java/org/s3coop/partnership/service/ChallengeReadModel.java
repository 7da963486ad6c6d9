package org.s3coop.partnership.service;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.s3coop.partnership.domain.TrackedChallenge;
import org.s3coop.partnership.repository.TrackedChallengeRepository;
import org.s3coop.platform.events.EventTypeFilter;
import org.s3coop.platform.events.IncomingEvent;
import org.s3coop.platform.events.PoisonEventException;
import org.s3coop.platform.readmodel.VersionedUpsert;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * The port of the challenge read model ({@code ChallengeEventsConsumer} hands it challenge-service's events): keeps,
 * per challenge, its scope, severity and status, so every gate can count the open BLOCKING challenges on a partnership
 * and its member regions. Older versions are ignored. When a challenge starts or stops blocking, the partnerships it
 * concerns are re-evaluated ({@link BlockingChallenges}).
 */
@ApplicationScoped
public class ChallengeReadModel {
    private static final Logger LOG = Logger.getLogger(ChallengeReadModel.class);
    private static final EventTypeFilter CHALLENGE_EVENTS = EventTypeFilter.v1Of("challenge");
    /** The challenge events that describe a challenge's scope, severity and status (solution-proposed does not). */
    private static final Set<String> TYPES = Stream.of("raised", "updated", "addressed", "closed", "withdrawn", "reopened")
            .map(e -> CHALLENGE_EVENTS.prefix() + e + CHALLENGE_EVENTS.versionSuffix()).collect(Collectors.toSet());

    @Inject
    TrackedChallengeRepository challenges;
    @Inject
    BlockingChallenges blocking;

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
            if (!VersionedUpsert.isNewer(existing == null ? null : existing.version, version)) {
                LOG.debugf("ignoring %s %s: challenge %s is at version %d already", event.type(), event.id(), id,
                        existing.version);
                return Uni.createFrom().voidItem();
            }
            TrackedChallenge.Scope scopeBefore = existing == null ? null : existing.scope();
            boolean blockedBefore = existing != null && existing.blocking;
            TrackedChallenge c = existing != null ? existing : new TrackedChallenge();
            c.id = id;
            c.describe(scopeType.asText(), scopeRef, severity, status, version);
            Uni<Void> saved = existing == null ? challenges.persist(c).replaceWithVoid() : Uni.createFrom().voidItem();
            if (blockedBefore == c.blocking && c.scope().equals(scopeBefore)) {
                return saved;
            }
            return saved.chain(challenges::flush).chain(() -> blocking.afterChange(scopeBefore, c.scope()));
        });
    }
}
