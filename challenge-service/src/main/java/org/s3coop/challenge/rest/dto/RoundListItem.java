package org.s3coop.challenge.rest.dto;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.RankingRound;
import org.s3coop.challenge.domain.RoundStatus;
import org.s3coop.challenge.service.RankingService;

@Schema(name = "RankingRoundItem", description = "A ranking round in the list")
public record RoundListItem(@Schema(example = "2023-kickoff") String round,
        @Schema(description = "Ballots stored (counted or not)", example = "8") long votesCast,
        @Schema(nullable = true) OffsetDateTime lastCastAt,
        @Schema(example = "Kick-off ranking") String title,
        @Schema(example = "CLOSED") RoundStatus status,
        @Schema(nullable = true) UUID meetingId,
        @Schema(nullable = true) OffsetDateTime deadline,
        boolean membersOnly,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime closedAt) {

    public static RoundListItem of(RankingService.Round r) {
        RankingRound round = r.round();
        return new RoundListItem(round.code, r.votesCast(), r.lastCastAt(), round.title, round.status, round.meetingId,
                round.deadline, round.membersOnly, round.createdAt, round.closedAt);
    }
}
