package org.s3coop.challenge.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.s3coop.challenge.domain.RankingRound;
import org.s3coop.challenge.domain.RoundStatus;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class RankingRoundRepository implements PanacheRepositoryBase<RankingRound, String> {

    public Uni<RankingRound> findForUpdate(String code) {
        return findById(code, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Every round, by code. */
    public Uni<List<RankingRound>> all() {
        return listAll(Sort.by("code"));
    }

    /** The ballots of every round with votes: rows of [round, ballots, last cast]. */
    public Uni<List<Object[]>> ballots() {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                "select v.round, count(v), max(v.castAt) from RankingVote v group by v.round",
                Object[].class).getResultList());
    }

    /** The codes of OPEN rounds whose deadline has come. */
    public Uni<List<String>> dueAt(OffsetDateTime now) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                "select r.code from RankingRound r where r.status = :open and r.deadline <= :now order by r.deadline",
                String.class).setParameter("open", RoundStatus.OPEN).setParameter("now", now).getResultList());
    }

    /** The CLOSED rounds, in the order they closed. */
    public Uni<List<RankingRound>> closed() {
        return list("status", Sort.by("closedAt").and("code"), RoundStatus.CLOSED);
    }

    public Uni<List<RankingRound>> atMeeting(UUID meetingId) {
        return list("meetingId", Sort.by("createdAt").and("code"), meetingId);
    }
}
