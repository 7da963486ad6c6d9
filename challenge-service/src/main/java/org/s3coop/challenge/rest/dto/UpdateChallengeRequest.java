package org.s3coop.challenge.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.Severity;
import org.s3coop.challenge.rest.ChallengePatterns;
import org.s3coop.challenge.rest.Ids;
import org.s3coop.challenge.service.command.UpdateChallenge;
import org.s3coop.platform.contract.ContractPatterns;

@Schema(name = "UpdateChallenge", description = "The new description of a challenge; its scope and status do not "
        + "change here (status changes through transitions)")
public record UpdateChallengeRequest(
        @NotNull @Pattern(regexp = ChallengePatterns.CATALOGUE_CODE, message = ChallengePatterns.CATALOGUE_CODE_RULE)
        @Schema(required = true, example = "CAPACITY") String cluster,
        @Pattern(regexp = ChallengePatterns.CATALOGUE_CODE, message = ChallengePatterns.CATALOGUE_CODE_RULE)
        @Schema(example = "INSUFFICIENT_RESOURCES") String subDimension,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "No budget for the pilot") String title,
        @Size(max = 4000) String description,
        @NotNull @Schema(required = true, example = "HIGH") Severity severity,
        @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE)
        @Schema(description = "The meeting where it arose (a known meeting, 422 otherwise); absent: unchanged", format = "uuid")
        String meetingId) {

    public UpdateChallenge toCommand() {
        return new UpdateChallenge(cluster, subDimension, title, description, severity, Ids.uuid(meetingId));
    }
}
