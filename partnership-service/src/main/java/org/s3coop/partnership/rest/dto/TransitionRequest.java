package org.s3coop.partnership.rest.dto;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.Outcome;
import org.s3coop.partnership.domain.RevertTrigger;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.TransitionAction;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;

@Schema(name = "TransitionRequest", description = "ADVANCE (targetStage optional, must be the next stage), REVERT "
        + "(targetStage, trigger and reason required), HOLD, RESUME, CLOSE (outcome required)")
public record TransitionRequest(
        @NotNull @Schema(required = true, example = "REVERT") TransitionAction action,
        @Schema(example = "SCOPING") Stage targetStage,
        @Schema(example = "SCOPE_NOT_GRANULAR") RevertTrigger trigger,
        @Size(max = 2000) @Schema(example = "the scope is too broad to pilot") String reason,
        @Schema(example = "COMPLETED") Outcome outcome) {

    /** The fields each action needs, and only those: 400 with every field at fault. */
    public void validate() {
        List<Problem.Violation> violations = new ArrayList<>();
        boolean revert = action == TransitionAction.REVERT;
        if (revert && targetStage == null) {
            violations.add(new Problem.Violation("targetStage", "is required for REVERT"));
        }
        if (!revert && action != TransitionAction.ADVANCE && targetStage != null) {
            violations.add(new Problem.Violation("targetStage", "is allowed for ADVANCE and REVERT only"));
        }
        if (revert && trigger == null) {
            violations.add(new Problem.Violation("trigger", "is required for REVERT"));
        }
        if (!revert && trigger != null) {
            violations.add(new Problem.Violation("trigger", "is allowed for REVERT only"));
        }
        if (revert && (reason == null || reason.isBlank())) {
            violations.add(new Problem.Violation("reason", "is required for REVERT"));
        }
        if (action == TransitionAction.CLOSE && outcome == null) {
            violations.add(new Problem.Violation("outcome", "is required for CLOSE: COMPLETED or DISCONTINUED"));
        }
        if (action != TransitionAction.CLOSE && outcome != null) {
            violations.add(new Problem.Violation("outcome", "is allowed for CLOSE only"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    public String strippedReason() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
