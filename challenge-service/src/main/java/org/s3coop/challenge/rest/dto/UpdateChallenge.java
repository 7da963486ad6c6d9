package org.s3coop.challenge.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.Severity;

@Schema(name = "UpdateChallenge", description = "The new description of a challenge; its scope and status do not "
        + "change here (status changes through transitions)")
public record UpdateChallenge(
        @NotNull @Pattern(regexp = Codes.CATALOGUE_CODE, message = Codes.CATALOGUE_CODE_RULE)
        @Schema(required = true, example = "CAPACITY") String cluster,
        @Pattern(regexp = Codes.CATALOGUE_CODE, message = Codes.CATALOGUE_CODE_RULE)
        @Schema(example = "INSUFFICIENT_RESOURCES") String subDimension,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "No budget for the pilot") String title,
        @Size(max = 4000) String description,
        @NotNull @Schema(required = true, example = "HIGH") Severity severity) {
}
