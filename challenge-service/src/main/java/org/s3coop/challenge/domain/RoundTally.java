package org.s3coop.challenge.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which votes of a round count, and their Borda count ({@link BordaCount}): a vote whose region was retired at or
 * before the cut-off (the close, or now while the round is open) is set apart, not counted; every other vote counts.
 */
public final class RoundTally {
    private RoundTally() {
    }

    /**
     * @param clusters the round's clusters in catalogue order
     * @param votes    the round's votes
     * @param retired  when each retired region was retired (regions absent here are active)
     * @param cutoff   the close of the round, or now
     */
    public static RoundResult count(List<String> clusters, List<RankingVote> votes, Map<String, OffsetDateTime> retired,
            OffsetDateTime cutoff) {
        List<RankingVote> counted = new ArrayList<>();
        List<ExcludedVote> excluded = new ArrayList<>();
        for (RankingVote v : votes.stream().sorted(Comparator.comparing(v -> v.regionCode)).toList()) {
            OffsetDateTime retiredAt = retired.get(v.regionCode);
            if (retiredAt != null && !retiredAt.isAfter(cutoff)) {
                excluded.add(new ExcludedVote(v.regionCode, ExcludedVote.REGION_RETIRED, retiredAt.toString()));
            } else {
                counted.add(v);
            }
        }
        return new RoundResult(BordaCount.count(clusters, counted.stream().map(v -> v.clusters).toList()),
                counted.stream().map(v -> v.regionCode).toList(), excluded);
    }
}
