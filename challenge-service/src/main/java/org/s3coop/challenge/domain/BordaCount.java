package org.s3coop.challenge.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Borda count of a ranking round. On a ballot of n clusters the cluster at place p (1 = first) earns n − p points:
 * the first n − 1, the last 0. A cluster's points are summed over all ballots; {@code votes} is the number of ballots
 * that ranked it and {@code meanRank} the mean of its places, rounded to two decimals (null when no ballot ranked it:
 * there is no mean of nothing).
 *
 * <p>Order: more points first. Ties on points are broken by count-back: more first places wins, then more second
 * places, and so on; clusters still equal keep the catalogue order (its {@code position}). The result is therefore
 * the same whatever the order in which ballots were cast.
 */
public final class BordaCount {
    private BordaCount() {
    }

    /**
     * @param catalogue the cluster codes in catalogue order
     * @param ballots   each ballot's cluster codes, most critical first
     */
    public static List<ClusterStanding> count(List<String> catalogue, List<List<String>> ballots) {
        int n = catalogue.size();
        Map<String, Tally> tallies = new HashMap<>();
        for (String code : catalogue) {
            tallies.put(code, new Tally(code, catalogue.indexOf(code), n));
        }
        for (List<String> ballot : ballots) {
            for (int i = 0; i < ballot.size(); i++) {
                Tally t = tallies.get(ballot.get(i));
                if (t != null) {
                    t.rankedAt(i, ballot.size() - 1 - i);
                }
            }
        }
        List<Tally> ordered = new ArrayList<>(tallies.values());
        ordered.sort(ORDER);
        List<ClusterStanding> result = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Tally t = ordered.get(i);
            boolean tied = (i > 0 && ordered.get(i - 1).points == t.points)
                    || (i + 1 < ordered.size() && ordered.get(i + 1).points == t.points);
            result.add(new ClusterStanding(t.code, i + 1, t.points, t.votes, t.meanRank(), t.places.clone(), tied));
        }
        return result;
    }

    private static final Comparator<Tally> ORDER = (a, b) -> {
        int byPoints = Long.compare(b.points, a.points);
        if (byPoints != 0) {
            return byPoints;
        }
        for (int p = 0; p < Math.min(a.places.length, b.places.length); p++) {
            int byPlace = Integer.compare(b.places[p], a.places[p]);
            if (byPlace != 0) {
                return byPlace;
            }
        }
        return Integer.compare(a.catalogueIndex, b.catalogueIndex);
    };

    private static final class Tally {
        final String code;
        final int catalogueIndex;
        final int[] places;
        long points;
        int votes;
        long rankSum;

        Tally(String code, int catalogueIndex, int n) {
            this.code = code;
            this.catalogueIndex = catalogueIndex;
            this.places = new int[n];
        }

        void rankedAt(int index, int pointsEarned) {
            if (index < places.length) {
                places[index]++;
            }
            points += pointsEarned;
            votes++;
            rankSum += index + 1;
        }

        Double meanRank() {
            if (votes == 0) {
                return null;
            }
            return BigDecimal.valueOf(rankSum).divide(BigDecimal.valueOf(votes), 2, RoundingMode.HALF_UP).doubleValue();
        }
    }
}
