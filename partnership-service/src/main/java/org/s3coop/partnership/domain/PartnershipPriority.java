package org.s3coop.partnership.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The S3 priority a partnership works on: a code of one family of the priority catalogue. */
@Schema(name = "PartnershipPriority")
public record PartnershipPriority(
        @NotNull @Schema(required = true, example = "ECONOMIC_DOMAIN") PriorityFamily family,
        @NotNull @Pattern(regexp = PartnershipPatterns.PRIORITY_CODE, message = PartnershipPatterns.PRIORITY_CODE_RULE)
        @Schema(required = true, example = "C22") String code) {
}
