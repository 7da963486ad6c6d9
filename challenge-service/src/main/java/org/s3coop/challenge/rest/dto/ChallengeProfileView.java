package org.s3coop.challenge.rest.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.AdoptionStatus;
import org.s3coop.challenge.domain.RoundStatus;
import org.s3coop.challenge.service.ChallengeProfileService;

@Schema(name = "ChallengeProfile", description = "A region's part in the working group's learning loop")
public record ChallengeProfileView(
        @Schema(example = "ES51") String regionCode,
        @Schema(example = "Cataluña") String name,
        @Schema(description = "false once the region is retired") boolean active,
        @Schema(description = "Its working-group membership; null when it is not a member", nullable = true) Membership membership,
        @Schema(description = "Open challenges raised on the region or on a partnership it is a member of") long openChallenges,
        @Schema(description = "The same, per cluster (every cluster, catalogue order)") List<ChallengeSummaryView.ClusterCount> openChallengesByCluster,
        @Schema(description = "The good practices it adopts, latest change first") List<AdoptedPractice> practices,
        @Schema(description = "Its adoptions per status, PLANNED to ABANDONED") Map<AdoptionStatus, Long> adoptionsByStatus,
        @Schema(description = "The rounds it voted in, latest vote first") List<RoundVoted> rounds) {

    @Schema(name = "ProfileMembership", description = "A region's working-group membership")
    public record Membership(@Schema(example = "2023-06-08") LocalDate joinedOn,
            List<MemberView.RepresentativeView> representatives) {
    }

    @Schema(name = "ProfileAdoptedPractice", description = "A good practice a region adopts, with its status there")
    public record AdoptedPractice(UUID practiceId, String title, @Schema(example = "IMPLEMENTING") AdoptionStatus status,
            String adaptationNotes, OffsetDateTime updatedAt) {
    }

    @Schema(name = "ProfileRoundVoted", description = "A round a region voted in")
    public record RoundVoted(@Schema(example = "2023-kickoff") String round, String title, RoundStatus status,
            OffsetDateTime castAt,
            @Schema(description = "CLOSED rounds: whether its vote was counted (false: set apart, the region having "
                    + "been retired before the close); null while the round is OPEN", nullable = true) Boolean counted) {
    }

    public static ChallengeProfileView of(ChallengeProfileService.Profile p) {
        var m = p.membership();
        return new ChallengeProfileView(p.region().code, p.region().name, p.region().active,
                m == null ? null : new Membership(m.joinedOn, m.representatives.stream()
                        .map(MemberView.RepresentativeView::of).toList()),
                p.openChallenges().stream().mapToLong(ChallengeProfileService.ClusterOpen::open).sum(),
                p.openChallenges().stream().map(c -> new ChallengeSummaryView.ClusterCount(c.cluster(), c.name(), c.open()))
                        .toList(),
                p.practices().stream().map(a -> new AdoptedPractice(a.practice().id, a.practice().title,
                        a.adoption().status, a.adoption().adaptationNotes, a.adoption().updatedAt)).toList(),
                p.adoptionsByStatus(),
                p.rounds().stream().map(v -> new RoundVoted(v.round().code, v.round().title, v.round().status,
                        v.castAt(), v.counted())).toList());
    }
}
