package org.s3coop.challenge.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.KnownPartnership;
import org.s3coop.challenge.repository.KnownPartnershipRepository;
import org.s3coop.platform.readmodel.ReadModelStatement;

/**
 * The partnerships challenge-service knows from partnership-service's events (exists, title, stage, status, member
 * regions): challenges are raised on them, their members may change those challenges, the summary counts by their
 * stage (a change of stage moves its open challenges in the summary's counts, in the same statement). A row
 * is replaced only by a newer version ({@code VersionedUpsert}); an event without members keeps the
 * members already known.
 */
@ApplicationScoped
public class PartnershipReadModel {
    @Inject
    KnownPartnershipRepository partnerships;

    /** A partnership as one event describes it; {@code members} is null when the event does not list them. */
    public record Snapshot(String id, String title, String stage, String status, List<String> members, long version) {
    }

    /**
     * The partnership's change of the read model, as the statement the consumer runs once per event id
     * (IdempotentConsumer.consumeOnce); it changes nothing when the event is stale.
     */
    public ReadModelStatement.Change change(Snapshot p) {
        return partnerships.upsertIfNewer(p.id(), p.title(), p.stage(), p.status(),
                p.members() == null ? null : KnownPartnership.memberRegions(p.members()), p.version());
    }
}
