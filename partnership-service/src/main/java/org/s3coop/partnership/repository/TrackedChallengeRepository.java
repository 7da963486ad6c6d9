package org.s3coop.partnership.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.TrackedChallenge;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class TrackedChallengeRepository implements PanacheRepositoryBase<TrackedChallenge, String> {

    public Uni<Long> openBlocking(UUID partnershipId) {
        return count("partnershipId = ?1 and blocking = true", partnershipId.toString());
    }
}
