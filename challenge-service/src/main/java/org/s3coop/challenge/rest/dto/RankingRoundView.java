package org.s3coop.challenge.rest.dto;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.ClusterStanding;
import org.s3coop.challenge.service.RankingService;

@Schema(name = "RankingRound", description = "The Borda result of a ranking round, clusters in result order")
public record RankingRoundView(
        @Schema(example = "2023-kickoff") String round,
        @Schema(description = "Ballots cast (one per region)", example = "8") int votesCast,
        @Schema(description = "Regions that voted") List<String> regions,
        List<Standing> clusters,
        @Schema(description = "How points are given and ties broken") String rule) {

    public static final String RULE = "Borda count: on a ballot of n clusters the cluster at place p (1 = first) earns "
            + "n - p points. Order by points, descending; ties broken by count-back (more first places, then more "
            + "second places, ...); still equal: catalogue order.";

    public static RankingRoundView of(RankingService.Result r) {
        return new RankingRoundView(r.round(), r.regions().size(), r.regions(),
                r.standings().stream().map(s -> Standing.of(s, r.clusterNames().get(s.cluster()))).toList(), RULE);
    }

    @Schema(name = "ClusterStanding")
    public record Standing(
            @Schema(example = "CAPACITY") String cluster,
            @Schema(example = "Capacity for interregional cooperation") String name,
            @Schema(description = "1-based place in the result, after the tie-break", example = "1") int position,
            @Schema(description = "Borda points", example = "37") long points,
            @Schema(description = "Ballots that ranked this cluster", example = "8") int votes,
            @Schema(description = "Mean place given (1 = most critical), two decimals", example = "1.38") double meanRank,
            @Schema(description = "How many ballots put it first", example = "5") int firstPlaces,
            @Schema(description = "How many ballots put it at each place, first place first") List<Integer> placeCounts,
            @Schema(description = "True when another cluster has the same points (the tie-break decided)") boolean tiedOnPoints) {

        public static Standing of(ClusterStanding s, String name) {
            return new Standing(s.cluster(), name, s.position(), s.points(), s.votes(), s.meanRank(), s.firstPlaces(),
                    Arrays.stream(s.placeCounts()).boxed().toList(), s.tiedOnPoints());
        }
    }
}
