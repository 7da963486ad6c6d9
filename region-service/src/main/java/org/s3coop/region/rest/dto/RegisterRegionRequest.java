package org.s3coop.region.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.region.rest.RegionPatterns;
import org.s3coop.region.service.command.RegisterRegion;

@Schema(name = "RegisterRegion", description = "A region to register under a code of the NUTS 2024 classification")
public record RegisterRegionRequest(
        @NotNull @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
        @Schema(required = true, example = "ES51", pattern = ContractPatterns.NUTS_CODE,
                description = "A code of GET /api/v1/nuts (Greece is EL)") String code,
        @Size(max = 200) @Pattern(regexp = RegionPatterns.NAME, message = RegionPatterns.NAME_RULE)
        @Schema(example = "Cataluña", description = "Defaults to the official (NUTS) name") String name,
        @Pattern(regexp = RegionPatterns.NUTS_VERSION, message = RegionPatterns.NUTS_VERSION_RULE)
        @Schema(example = "2024", defaultValue = "2024", description = "2024, the only version supported") String nutsVersion,
        @Size(max = 50) List<@NotNull @Valid PriorityInput> priorities) {

    public RegisterRegion toCommand() {
        return new RegisterRegion(code, name, PriorityInput.choices(priorities));
    }
}
