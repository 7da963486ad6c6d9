package org.s3coop.partnership.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A gate criterion that is not met, as a refused advance lists it ({@code unmetCriteria} of the 409 problem). */
@Schema(name = "UnmetCriterion")
public record UnmetCriterion(@Schema(example = "MIN_COUNTRIES") String code,
        @Schema(example = "members come from only one country") String message) {
}
