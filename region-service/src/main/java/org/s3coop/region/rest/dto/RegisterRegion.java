package org.s3coop.region.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.region.domain.NutsCode;

@Schema(name = "RegisterRegion", description = "A region to register")
public record RegisterRegion(
        @NotNull @Pattern(regexp = NutsCode.PATTERN, message = NutsCode.RULE)
        @Schema(required = true, example = "ES51", pattern = NutsCode.PATTERN) String code,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Cataluña") String name,
        @Pattern(regexp = "^(2013|2016|2021|2024)$", message = "must be one of 2013, 2016, 2021, 2024")
        @Schema(example = "2024", defaultValue = "2024") String nutsVersion,
        @Size(max = 50) List<@NotNull @Valid PriorityInput> priorities) {
}
