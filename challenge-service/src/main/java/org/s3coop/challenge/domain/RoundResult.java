package org.s3coop.challenge.domain;

import java.util.List;

/**
 * The Borda count of a round: the standings of its clusters in result order, the regions whose votes were counted
 * (code order) and the votes set apart. Computed live while the round is OPEN, stored (frozen) when it closes.
 */
public record RoundResult(List<ClusterStanding> standings, List<String> countedRegions, List<ExcludedVote> excluded) {
}
