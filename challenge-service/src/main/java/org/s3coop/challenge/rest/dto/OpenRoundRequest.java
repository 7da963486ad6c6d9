package org.s3coop.challenge.rest.dto;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.rest.ChallengePatterns;
import org.s3coop.challenge.rest.Dates;
import org.s3coop.challenge.rest.Ids;
import org.s3coop.challenge.service.command.OpenRound;
import org.s3coop.platform.contract.ContractPatterns;

@Schema(name = "OpenRankingRound", description = "A ranking round to open: working-group members rank its clusters")
public record OpenRoundRequest(
        @NotNull @Pattern(regexp = ChallengePatterns.ROUND, message = ChallengePatterns.ROUND_RULE)
        @Schema(required = true, example = "2024-midterm", description = "Its code in paths ('trend' is reserved)") String code,
        @Size(max = 200) @Schema(example = "Mid-term ranking", description = "Absent: the code") String title,
        @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE)
        @Schema(description = "The meeting it is held at (its host region's editor runs the round); absent: an admin's round",
                format = "uuid") String meetingId,
        @Size(max = 50) @Schema(description = "The clusters it ranks (codes of the catalogue, at least 2); absent: all of them",
                example = "[\"CAPACITY\",\"ALIGNING_ECOSYSTEMS\",\"FUNDING\"]") List<String> clusters,
        @Pattern(regexp = ChallengePatterns.INSTANT, message = ChallengePatterns.INSTANT_RULE)
        @Schema(type = SchemaType.STRING, format = "date-time", example = "2026-06-30T17:00:00Z",
                description = "Votes are taken until then (in the future); absent: until it is closed") String deadline) {

    public OpenRound toCommand() {
        return new OpenRound(code, title, Ids.uuid(meetingId), clusters, Dates.instant(deadline, "deadline"));
    }
}
