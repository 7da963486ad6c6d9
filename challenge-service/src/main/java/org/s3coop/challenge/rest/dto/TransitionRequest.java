package org.s3coop.challenge.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.ChallengeAction;
import org.s3coop.challenge.service.command.TransitionChallenge;

@Schema(name = "ChallengeTransitionRequest", description = "A status change: ADDRESS (OPEN → ADDRESSED), CLOSE "
        + "(OPEN/ADDRESSED → CLOSED), WITHDRAW (OPEN/ADDRESSED → WITHDRAWN), REOPEN (ADDRESSED/CLOSED/WITHDRAWN → OPEN)")
public record TransitionRequest(
        @NotNull @Schema(required = true, example = "ADDRESS") ChallengeAction action,
        @NotBlank @Size(max = 2000) @Schema(required = true, example = "Regions pooled staff in a joint secretariat") String reason) {

    public TransitionChallenge toCommand() {
        return new TransitionChallenge(action, reason);
    }
}
