package org.s3coop.partnership.domain;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A criterion of a gate the partnership already passed that no longer holds, since when, and why. */
@Schema(name = "Regression")
public record Regression(
        @Schema(example = "SCOPING_TO_MAPPING") Gate gate,
        @Schema(example = "MIN_REGIONS") String code,
        @Schema(description = "When it stopped holding") OffsetDateTime since,
        @Schema(example = "1 active member region(s) known [ES51]; at least 2 are needed") String message) {
}
