package org.s3coop.challenge.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.s3coop.challenge.domain.RankingVote;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class RankingVoteRepository implements PanacheRepositoryBase<RankingVote, RankingVote.Key> {

    public Uni<List<RankingVote>> ofRound(String round) {
        return list("round", Sort.by("regionCode"), round);
    }

    public Uni<RankingVote> findForUpdate(String round, String regionCode) {
        return findById(new RankingVote.Key(round, regionCode), LockModeType.PESSIMISTIC_WRITE);
    }

    /** The votes a region cast, latest first. */
    public Uni<List<RankingVote>> ofRegion(String regionCode) {
        return list("regionCode", Sort.by("castAt", Sort.Direction.Descending).and("round"), regionCode);
    }
}
