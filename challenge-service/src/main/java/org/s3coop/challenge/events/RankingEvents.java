package org.s3coop.challenge.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.s3coop.challenge.domain.ExcludedVote;
import org.s3coop.challenge.domain.RankingRound;
import org.s3coop.challenge.domain.RankingVote;
import org.s3coop.challenge.domain.RoundClosing;
import org.s3coop.challenge.domain.RoundResult;
import org.s3coop.challenge.domain.RoundStatus;
import org.s3coop.platform.events.DomainEvent;

/**
 * Ranking events on {@code s3coop.challenges.v1}, keyed by round (so one round's events stay ordered): a vote (subject
 * {@code <round>/<regionCode>}), a round opened and closed (subject {@code <round>}). The outbox adds {@code actor}.
 */
public final class RankingEvents {
    public static final String VOTE_CAST = "org.s3coop.ranking.vote-cast.v1";
    public static final String ROUND_OPENED = "org.s3coop.ranking.round-opened.v1";
    public static final String ROUND_CLOSED = "org.s3coop.ranking.round-closed.v1";

    private RankingEvents() {
    }

    /** {@code version} counts the region's casts in this round; {@code replaced} is true for a re-cast. */
    public record VoteData(String round, String regionCode, List<String> clusters, long version, boolean replaced,
            OffsetDateTime castAt) {
    }

    /** A cluster's place in a closed round; {@code meanRank} null when no counted ballot ranked it. */
    public record StandingData(String cluster, int position, long points, int votes, Double meanRank, int firstPlaces) {
    }

    /** The frozen result: the counted ballots, the standings in result order, the votes set apart. */
    public record ResultData(int votesCast, List<String> regions, List<StandingData> clusters,
            List<ExcludedVote> excludedVotes) {
    }

    /** A round as it now is; {@code result} is set once it is CLOSED. */
    public record RoundData(String round, String title, UUID meetingId, List<String> clusters, OffsetDateTime deadline,
            boolean membersOnly, boolean implicit, RoundStatus status, long version, OffsetDateTime createdAt,
            OffsetDateTime closedAt, RoundClosing closedOn, ResultData result) {
    }

    public static DomainEvent voteCast(RankingVote v, String actor) {
        return DomainEvent.keyed(VOTE_CAST, v.round, v.round + "/" + v.regionCode,
                new VoteData(v.round, v.regionCode, v.clusters, v.version, v.version > 1, v.castAt)).by(actor);
    }

    public static DomainEvent roundOpened(RankingRound r, String actor) {
        return round(ROUND_OPENED, r, actor);
    }

    public static DomainEvent roundClosed(RankingRound r, String actor) {
        return round(ROUND_CLOSED, r, actor);
    }

    private static DomainEvent round(String type, RankingRound r, String actor) {
        return DomainEvent.keyed(type, r.code, r.code, new RoundData(r.code, r.title, r.meetingId, r.clusters,
                r.deadline, r.membersOnly, r.implicit, r.status, r.version, r.createdAt, r.closedAt, r.closedOn,
                result(r.result))).by(actor);
    }

    private static ResultData result(RoundResult result) {
        if (result == null) {
            return null;
        }
        return new ResultData(result.countedRegions().size(), result.countedRegions(),
                result.standings().stream().map(s -> new StandingData(s.cluster(), s.position(), s.points(), s.votes(),
                        s.meanRank(), s.firstPlaces())).toList(),
                result.excluded());
    }
}
