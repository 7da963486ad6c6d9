package org.s3coop.challenge.rest.dto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.RankingRound;
import org.s3coop.challenge.service.RankingService;

@Schema(name = "RankingTrend", description = "How each cluster's rank moved across the CLOSED rounds, in the order they closed")
public record RankingTrendView(List<RoundPoint> rounds, List<ClusterTrend> clusters) {

    @Schema(name = "RankingTrendRound", description = "A closed round of the trend")
    public record RoundPoint(@Schema(example = "2023-kickoff") String round, String title,
            @Schema(nullable = true) UUID meetingId, OffsetDateTime closedAt,
            @Schema(description = "Ballots counted", example = "8") int votesCast) {
        static RoundPoint of(RankingRound r) {
            return new RoundPoint(r.code, r.title, r.meetingId, r.closedAt, r.result.countedRegions().size());
        }
    }

    @Schema(name = "ClusterTrend", description = "A cluster across the closed rounds that ranked it (clusters in the order "
            + "of the latest round, then the catalogue's)")
    public record ClusterTrend(@Schema(example = "CAPACITY") String cluster, String name, List<Point> points,
            @Schema(description = "Its position in the round before its latest minus its latest position: positive, it "
                    + "moved up; null with fewer than two rounds", nullable = true, example = "1") Integer positionChange) {
    }

    @Schema(name = "ClusterTrendPoint", description = "A cluster's standing in one closed round")
    public record Point(@Schema(example = "2023-kickoff") String round, @Schema(example = "1") int position,
            @Schema(example = "37") long points, @Schema(nullable = true, example = "1.38") Double meanRank,
            @Schema(example = "8") int votes) {
    }

    public static RankingTrendView of(RankingService.Trend t) {
        return new RankingTrendView(t.rounds().stream().map(RoundPoint::of).toList(),
                t.clusters().stream().map(c -> new ClusterTrend(c.cluster(), c.name(), c.points().stream()
                        .map(p -> new Point(p.round(), p.position(), p.points(), p.meanRank(), p.votes())).toList(),
                        c.positionChange())).toList());
    }
}
