package org.s3coop.challenge.rest.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.service.RankingService;

@Schema(name = "RankingRoundItem", description = "A ranking round with votes")
public record RoundListItem(@Schema(example = "2023-kickoff") String round, @Schema(example = "8") long votesCast,
        OffsetDateTime lastCastAt) {

    public static RoundListItem of(RankingService.Round r) {
        return new RoundListItem(r.round(), r.votesCast(), r.lastCastAt());
    }
}
