package org.s3coop.region.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.region.domain.PriorityFamily;

@Schema(name = "Priority", description = "An S3 priority: a code of the priority catalogue, with the region's label")
public record PriorityInput(
        @NotNull @Schema(required = true, example = "ECONOMIC_DOMAIN") PriorityFamily family,
        @NotBlank @Size(max = 40) @Schema(required = true, example = "C21", description = "A code of GET /api/v1/priority-catalogue for this family") String code,
        @Size(max = 200) @Schema(example = "Pharmaceuticals", description = "Defaults to the catalogue's label") String label) {
}
