package org.s3coop.region.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.region.domain.StakeholderType;
import org.s3coop.region.service.command.AddStakeholder;

@Schema(name = "AddStakeholder")
public record AddStakeholderRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Universitat de Barcelona") String name,
        @NotNull @Schema(required = true, example = "UNIVERSITY") StakeholderType type) {

    public AddStakeholder toCommand(String regionCode) {
        return new AddStakeholder(regionCode, name, type);
    }
}
