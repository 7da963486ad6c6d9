package org.s3coop.challenge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RoundTallyTest {
    private static final List<String> CLUSTERS = List.of("C", "A", "F");
    private static final OffsetDateTime CLOSE = OffsetDateTime.parse("2026-06-30T17:00:00Z");

    private static RankingVote vote(String region, String... clusters) {
        RankingVote v = new RankingVote();
        v.round = "r";
        v.regionCode = region;
        v.clusters = List.of(clusters);
        return v;
    }

    @Test
    void votesOfRegionsRetiredAtOrBeforeTheCloseAreSetApartTheOthersCounted() {
        List<RankingVote> votes = List.of(vote("ZZ3", "F", "A", "C"), vote("ZZ1", "C", "A", "F"),
                vote("ZZ2", "A", "C", "F"), vote("ZZ4", "F", "C", "A"));
        RoundResult r = RoundTally.count(CLUSTERS, votes, Map.of("ZZ3", CLOSE, "ZZ4", CLOSE.plusSeconds(1)), CLOSE);

        assertThat(r.countedRegions()).containsExactly("ZZ1", "ZZ2", "ZZ4");
        assertThat(r.excluded()).containsExactly(new ExcludedVote("ZZ3", ExcludedVote.REGION_RETIRED, CLOSE.toString()));
        // C 2+1+1 = 4, A 1+2+0 = 3, F 0+0+2 = 2
        assertThat(r.standings()).extracting(ClusterStanding::cluster).containsExactly("C", "A", "F");
        assertThat(r.standings()).extracting(ClusterStanding::points).containsExactly(4L, 3L, 2L);
    }

    @Test
    void withoutVotesEveryClusterHasNoMeanRank() {
        RoundResult r = RoundTally.count(CLUSTERS, List.of(), Map.of(), CLOSE);
        assertThat(r.standings()).extracting(ClusterStanding::meanRank).containsOnlyNulls();
        assertThat(r.standings()).extracting(ClusterStanding::cluster).containsExactly("C", "A", "F");
        assertThat(r.countedRegions()).isEmpty();
    }
}
