package org.s3coop.challenge.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.challenge.domain.ChallengeTransition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class TransitionRepository implements PanacheRepositoryBase<ChallengeTransition, UUID> {

    public Uni<List<ChallengeTransition>> historyOf(UUID challengeId) {
        return list("challengeId", Sort.by("version"), challengeId);
    }
}
