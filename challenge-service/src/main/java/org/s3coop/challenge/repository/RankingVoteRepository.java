package org.s3coop.challenge.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.s3coop.challenge.domain.RankingVote;

import io.quarkus.hibernate.reactive.panache.Panache;
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

    /** The rounds with votes: rows of [round, ballots, last cast]. */
    public Uni<List<Object[]>> rounds() {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                "select v.round, count(v), max(v.castAt) from RankingVote v group by v.round order by v.round",
                Object[].class).getResultList());
    }
}
