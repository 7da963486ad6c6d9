package org.s3coop.region.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.platform.rest.ContractPatterns;
import org.s3coop.region.rest.RegionPatterns;
import org.s3coop.region.service.command.RegisterRegion;

@Schema(name = "RegisterRegion", description = "A region to register")
public record RegisterRegionRequest(
        @NotNull @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
        @Schema(required = true, example = "ES51", pattern = ContractPatterns.NUTS_CODE) String code,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Cataluña") String name,
        @Pattern(regexp = RegionPatterns.NUTS_VERSION, message = RegionPatterns.NUTS_VERSION_RULE)
        @Schema(example = "2024", defaultValue = "2024") String nutsVersion,
        @Size(max = 50) List<@NotNull @Valid PriorityInput> priorities) {

    public RegisterRegion toCommand() {
        return new RegisterRegion(code, name, nutsVersion, PriorityInput.choices(priorities));
    }
}
