package org.s3coop.partnership.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.TrackedChallenge;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class TrackedChallengeRepository implements PanacheRepositoryBase<TrackedChallenge, String> {

    /**
     * Every challenge the read model knows on the partnership or on one of {@code regions} (its active members),
     * blocking or not, the blocking ones first, then the latest changed.
     */
    public Uni<List<TrackedChallenge>> concerning(UUID partnershipId, Collection<String> regions) {
        String order = " order by blocking desc, updatedAt desc, id";
        if (regions.isEmpty()) {
            return list("partnershipId = ?1" + order, partnershipId.toString());
        }
        return list("(partnershipId = ?1 or regionCode in ?2)" + order, partnershipId.toString(), List.copyOf(regions));
    }
}
