package org.s3coop.challenge.events;

import java.time.OffsetDateTime;
import java.util.List;

import org.s3coop.challenge.domain.RankingVote;
import org.s3coop.platform.events.DomainEvent;

/**
 * Ranking events on {@code s3coop.challenges.v1}, keyed by round (so one round's votes stay ordered), subject
 * {@code <round>/<regionCode>}.
 */
public final class RankingEvents {
    public static final String VOTE_CAST = "org.s3coop.ranking.vote-cast.v1";

    private RankingEvents() {
    }

    /** {@code version} counts the region's casts in this round; {@code replaced} is true for a re-cast. */
    public record VoteData(String round, String regionCode, List<String> clusters, long version, boolean replaced,
            OffsetDateTime castAt) {
    }

    public static DomainEvent voteCast(RankingVote v) {
        return DomainEvent.keyed(VOTE_CAST, v.round, v.round + "/" + v.regionCode,
                new VoteData(v.round, v.regionCode, v.clusters, v.version, v.version > 1, v.castAt));
    }
}
