package org.s3coop.partnership.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.ProjectAction;

@Schema(name = "ProjectTransitionRequest", description = "PREPARE, SUBMIT, FUND, REJECT (reason required), START, "
        + "COMPLETE, WITHDRAW (reason required)")
public record ProjectTransitionRequest(
        @NotNull @Schema(required = true, example = "FUND") ProjectAction action,
        @Size(max = 2000) @Schema(example = "granted by the I3 call of 2026") String reason) {
}
