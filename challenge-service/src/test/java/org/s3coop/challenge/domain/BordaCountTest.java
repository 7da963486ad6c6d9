package org.s3coop.challenge.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The Borda rule on its own: points, votes and mean rank summed over ballots, the tie-break (count-back, then catalogue
 * order, with a five-way tie that needs every level), partial ballots.
 */
class BordaCountTest {
    static final List<String> CATALOGUE = List.of("C", "A", "F", "G", "S", "K");

    private static List<String> ballot(String s) {
        return s.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }

    /**
     * <pre>
     * ACFSGK: A5 C4 F3 S2 G1 K0
     * CKGFAS: C5 K4 G3 F2 A1 S0
     * FKSGAC: F5 K4 S3 G2 A1 C0
     * GAKCFS: G5 A4 K3 C2 F1 S0
     * points: C 11, A 11, F 11, G 11, K 11, S 5
     * places: C [1,1,0,1,0,1]  A [1,1,0,0,2,0]  F [1,0,1,1,1,0]  G [1,0,1,1,1,0]  K [0,2,1,0,0,1]
     * </pre>
     * Count-back: C, A, F, G have one first place, K none → K last of the five. C and A have one second place, F and
     * G none → C, A before F, G. C vs A: equal at places 1-3, C has a fourth place, A none → C before A. F and G are
     * equal at every place → catalogue order, F before G.
     */
    @Test
    void breaksTiesByCountBackThenCatalogueOrder() {
        List<ClusterStanding> result = BordaCount.count(CATALOGUE,
                List.of(ballot("ACFSGK"), ballot("CKGFAS"), ballot("FKSGAC"), ballot("GAKCFS")));
        assertEquals(List.of("C", "A", "F", "G", "K", "S"), result.stream().map(ClusterStanding::cluster).toList());
        assertEquals(List.of(11L, 11L, 11L, 11L, 11L, 5L), result.stream().map(ClusterStanding::points).toList());
        assertArrayEquals(new int[] { 0, 2, 1, 0, 0, 1 }, result.get(4).placeCounts());
        assertEquals(List.of(true, true, true, true, true, false),
                result.stream().map(ClusterStanding::tiedOnPoints).toList());
        assertEquals(3.25, result.get(0).meanRank()); // C: (2+1+6+4)/4
    }

    @Test
    void anEmptyRoundScoresNothingInCatalogueOrder() {
        List<ClusterStanding> result = BordaCount.count(CATALOGUE, List.of());
        assertEquals(CATALOGUE, result.stream().map(ClusterStanding::cluster).toList());
        assertEquals(0, result.get(0).votes());
        assertNull(result.get(0).meanRank()); // no ballot: no mean (meanRank: null)
    }

    @Test
    void theFirstOfNGetsNMinusOnePoints() {
        List<ClusterStanding> result = BordaCount.count(CATALOGUE, List.of(ballot("KSGFAC")));
        assertEquals("K", result.get(0).cluster());
        assertEquals(5, result.get(0).points());
        assertEquals(0, result.get(5).points());
        assertEquals(1.0, result.get(0).meanRank());
    }

    @Test
    void pointsAndVotesAreSummedOverTheBallotsAndTheMeanRankIsRoundedToTwoDecimals() {
        List<ClusterStanding> result = BordaCount.count(CATALOGUE,
                List.of(ballot("CAFGSK"), ballot("ACFGSK"), ballot("ACFGSK")));
        ClusterStanding a = standing(result, "A");
        assertEquals(1, a.position());
        assertEquals(14, a.points()); // first on two ballots (5 each), second on one (4)
        assertEquals(3, a.votes());
        assertEquals(1.33, a.meanRank()); // (2+1+1)/3 = 1.333...
        assertEquals(2, a.firstPlaces());
        ClusterStanding c = standing(result, "C");
        assertEquals(13, c.points());
        assertEquals(1.67, c.meanRank()); // (1+2+2)/3 = 1.666...
        assertArrayEquals(new int[] { 1, 2, 0, 0, 0, 0 }, c.placeCounts());
        assertEquals(List.of(false, false, false, false, false, false),
                result.stream().map(ClusterStanding::tiedOnPoints).toList());
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheBallots() {
        List<List<String>> ballots = List.of(ballot("ACFSGK"), ballot("CKGFAS"), ballot("FKSGAC"), ballot("GAKCFS"));
        List<String> forward = BordaCount.count(CATALOGUE, ballots).stream().map(ClusterStanding::cluster).toList();
        List<List<String>> reversed = new ArrayList<>(ballots);
        Collections.reverse(reversed);
        List<String> backward = BordaCount.count(CATALOGUE, reversed).stream().map(ClusterStanding::cluster).toList();
        assertEquals(forward, backward);
    }

    /**
     * A ballot that ranks only some clusters: on a ballot of k codes the one at place p earns k − p points; clusters
     * it leaves out get neither points nor a vote, and their mean rank counts only the ballots that ranked them.
     */
    @Test
    void aPartialBallotScoresByItsOwnLength() {
        List<ClusterStanding> result = BordaCount.count(CATALOGUE, List.of(ballot("SKG"), ballot("CAFGSK")));
        ClusterStanding s = standing(result, "S");
        assertEquals(2 + 1, s.points()); // first of 3 on the partial ballot, fifth of 6 on the full one
        assertEquals(2, s.votes());
        assertEquals(3.0, s.meanRank()); // (1+5)/2
        ClusterStanding a = standing(result, "A");
        assertEquals(4, a.points());
        assertEquals(1, a.votes());
        assertEquals(2.0, a.meanRank());
        ClusterStanding k = standing(result, "K");
        assertEquals(1, k.points());
        assertArrayEquals(new int[] { 0, 1, 0, 0, 0, 1 }, k.placeCounts());
    }

    /** A code outside the catalogue earns nothing, but still takes its place on the ballot. */
    @Test
    void aCodeOutsideTheCatalogueIsIgnoredButKeepsItsPlace() {
        List<ClusterStanding> result = BordaCount.count(CATALOGUE, List.of(List.of("X", "C", "A")));
        assertEquals(6, result.size());
        ClusterStanding c = standing(result, "C");
        assertEquals(1, c.points());
        assertEquals(2.0, c.meanRank());
        assertEquals(0, standing(result, "A").points());
        assertEquals(1, standing(result, "A").votes());
    }

    @Test
    void clustersNobodyRankedTieAtZeroInCatalogueOrder() {
        List<ClusterStanding> result = BordaCount.count(CATALOGUE, List.of(ballot("KS")));
        // S earned 0 points too, but from a second place: count-back puts it before the unranked ones
        assertEquals(List.of("K", "S", "C", "A", "F", "G"), result.stream().map(ClusterStanding::cluster).toList());
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L, 0L), result.stream().map(ClusterStanding::points).toList());
        assertEquals(List.of(false, true, true, true, true, true),
                result.stream().map(ClusterStanding::tiedOnPoints).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), result.stream().map(ClusterStanding::position).toList());
    }

    private static ClusterStanding standing(List<ClusterStanding> result, String cluster) {
        return result.stream().filter(s -> s.cluster().equals(cluster)).findFirst().orElseThrow();
    }
}
