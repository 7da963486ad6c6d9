package org.s3coop.partnership.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.Outcome;
import org.s3coop.partnership.domain.RevertTrigger;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Transition;
import org.s3coop.partnership.domain.TransitionAction;

@Schema(name = "TransitionRequest", description = "ADVANCE (targetStage optional, must be the next stage), REVERT "
        + "(targetStage, trigger and reason required), HOLD, RESUME, CLOSE (outcome required)")
public record TransitionRequest(
        @NotNull @Schema(required = true, example = "REVERT") TransitionAction action,
        @Schema(example = "SCOPING") Stage targetStage,
        @Schema(example = "SCOPE_NOT_GRANULAR") RevertTrigger trigger,
        @Size(max = 2000) @Schema(example = "the scope is too broad to pilot") String reason,
        @Schema(example = "COMPLETED") Outcome outcome) {

    /** The transition asked for: 400 with every field at fault when the action does not take them (see Transition). */
    public Transition toTransition() {
        return new Transition(action, targetStage, trigger, reason, outcome);
    }
}
