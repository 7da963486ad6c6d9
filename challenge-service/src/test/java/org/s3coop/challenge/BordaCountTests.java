package org.s3coop.challenge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.domain.BordaCount;
import org.s3coop.challenge.domain.ClusterStanding;

/** The Borda rule on its own, with a five-way tie that needs every level of the tie-break. */
class BordaCountTests {
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
        assertEquals(0.0, result.get(0).meanRank());
    }

    @Test
    void theFirstOfNGetsNMinusOnePoints() {
        List<ClusterStanding> result = BordaCount.count(CATALOGUE, List.of(ballot("KSGFAC")));
        assertEquals("K", result.get(0).cluster());
        assertEquals(5, result.get(0).points());
        assertEquals(0, result.get(5).points());
        assertEquals(1.0, result.get(0).meanRank());
    }
}
