package org.s3coop.challenge.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.challenge.domain.Solution;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class SolutionRepository implements PanacheRepositoryBase<Solution, UUID> {

    public Uni<List<Solution>> of(UUID challengeId) {
        return list("challengeId", Sort.by("createdAt").and("id"), challengeId);
    }

    public Uni<List<Solution>> atMeeting(UUID meetingId) {
        return list("meetingId", Sort.by("createdAt").and("id"), meetingId);
    }

    public Uni<List<Solution>> ofAll(Collection<UUID> challengeIds) {
        if (challengeIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("challengeId in ?1", Sort.by("createdAt").and("id"), challengeIds);
    }
}
