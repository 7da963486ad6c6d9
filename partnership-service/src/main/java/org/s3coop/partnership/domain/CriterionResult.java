package org.s3coop.partnership.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One gate criterion checked against a partnership: met or not, and why. */
@Schema(name = "CriterionResult")
public record CriterionResult(
        @Schema(example = "MIN_COUNTRIES") String code,
        @Schema(example = "false") boolean met,
        @Schema(example = "members come from only one country (ES)") String message) {

    static CriterionResult of(GateCriterion criterion, boolean met, String message) {
        return new CriterionResult(criterion.name(), met, message);
    }
}
