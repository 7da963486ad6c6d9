package org.s3coop.partnership.domain;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Evidence of SCOPING: what the partnership wants to achieve and how. Both are needed to leave SCOPING. */
@Schema(name = "ScopingNote")
public record ScopingNote(
        @Size(max = 4000) @Schema(example = "Replace fossil-based packaging in food supply chains") String objective,
        @Size(max = 20000) @Schema(example = "1. map converters 2. joint pilot line 3. I3 application") String draftActionPlan) {

    @Schema(readOnly = true, description = "Objective and draft action plan both present (computed; not accepted in requests)")
    public boolean isComplete() {
        return objective != null && !objective.isBlank() && draftActionPlan != null && !draftActionPlan.isBlank();
    }
}
