package org.s3coop.challenge.rest.dto;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.ClusterStanding;
import org.s3coop.challenge.domain.ExcludedVote;
import org.s3coop.challenge.domain.RankingRound;
import org.s3coop.challenge.domain.RoundClosing;
import org.s3coop.challenge.domain.RoundStatus;
import org.s3coop.challenge.service.RankingService;

@Schema(name = "RankingRound", description = "A ranking round and its Borda result, clusters in result order: frozen "
        + "once CLOSED, as it stands while OPEN")
public record RankingRoundView(
        @Schema(example = "2023-kickoff") String round,
        @Schema(description = "Ballots counted (one per region; votes set apart are not counted)", example = "8") int votesCast,
        @Schema(description = "Regions whose votes were counted") List<String> regions,
        List<Standing> clusters,
        @Schema(description = "How points are given and ties broken") String rule,
        @Schema(example = "Kick-off ranking") String title,
        @Schema(example = "CLOSED") RoundStatus status,
        @Schema(description = "The meeting it is held at", nullable = true) UUID meetingId,
        @Schema(description = "The clusters it ranks, catalogue order") List<String> rankedClusters,
        @Schema(description = "Votes are taken until then", nullable = true) OffsetDateTime deadline,
        @Schema(description = "Only working-group members vote (false: a round that came into being with its first "
                + "vote, open to every known active region)") boolean membersOnly,
        @Schema(description = "It came into being with its first vote (PUT .../votes/{regionCode}) rather than being opened")
        boolean implicit,
        @Schema(description = "Version, also sent as ETag (grows when it closes)", example = "2") long version,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime closedAt,
        @Schema(description = "CALL or DEADLINE", nullable = true) RoundClosing closedOn,
        @Schema(description = "Votes set apart and not counted: their region was retired before the close (while "
                + "OPEN: before now)") List<ExcludedVoteView> excludedVotes) {

    public static final String RULE = "Borda count: on a ballot of n clusters the cluster at place p (1 = first) earns "
            + "n - p points. Order by points, descending; ties broken by count-back (more first places, then more "
            + "second places, ...); still equal: catalogue order. A cluster no counted ballot ranked has meanRank null. "
            + "Votes of regions retired before the close are set apart.";

    public static RankingRoundView of(RankingService.Result r) {
        RankingRound round = r.round();
        var result = r.result();
        return new RankingRoundView(round.code, result.countedRegions().size(), result.countedRegions(),
                result.standings().stream().map(s -> Standing.of(s, r.clusterNames().get(s.cluster()))).toList(), RULE,
                round.title, round.status, round.meetingId, round.clusters, round.deadline, round.membersOnly,
                round.implicit, round.version, round.createdAt, round.closedAt, round.closedOn,
                result.excluded().stream().map(ExcludedVoteView::of).toList());
    }

    @Schema(name = "ClusterStanding")
    public record Standing(
            @Schema(example = "CAPACITY") String cluster,
            @Schema(example = "Capacity for interregional cooperation") String name,
            @Schema(description = "1-based place in the result, after the tie-break", example = "1") int position,
            @Schema(description = "Borda points", example = "37") long points,
            @Schema(description = "Ballots that ranked this cluster", example = "8") int votes,
            @Schema(description = "Mean place given (1 = most critical), two decimals; null when no counted ballot "
                    + "ranked it", example = "1.38", nullable = true) Double meanRank,
            @Schema(description = "How many ballots put it first", example = "5") int firstPlaces,
            @Schema(description = "How many ballots put it at each place, first place first") List<Integer> placeCounts,
            @Schema(description = "True when another cluster has the same points (the tie-break decided)") boolean tiedOnPoints) {

        public static Standing of(ClusterStanding s, String name) {
            return new Standing(s.cluster(), name, s.position(), s.points(), s.votes(), s.meanRank(), s.firstPlaces(),
                    Arrays.stream(s.placeCounts()).boxed().toList(), s.tiedOnPoints());
        }
    }

    @Schema(name = "ExcludedVote", description = "A vote set apart: its region was retired before the round closed")
    public record ExcludedVoteView(@Schema(example = "FI1B") String regionCode,
            @Schema(example = "REGION_RETIRED") String reason, OffsetDateTime retiredAt) {
        static ExcludedVoteView of(ExcludedVote v) {
            return new ExcludedVoteView(v.regionCode(), v.reason(), OffsetDateTime.parse(v.retiredAt()));
        }
    }
}
