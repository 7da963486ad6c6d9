package org.s3coop.challenge.domain;

/**
 * A cluster's result in a ranking round: Borda points, the ballots that ranked it, mean rank (1 = most critical),
 * how often it was ranked at each place, and its final position after the tie-break. {@code meanRank} is null when no
 * ballot ranked the cluster.
 */
public record ClusterStanding(String cluster, int position, long points, int votes, Double meanRank,
        int[] placeCounts, boolean tiedOnPoints) {

    public int firstPlaces() {
        return placeCounts.length == 0 ? 0 : placeCounts[0];
    }
}
