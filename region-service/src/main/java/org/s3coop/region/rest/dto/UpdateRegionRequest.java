package org.s3coop.region.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.region.rest.RegionPatterns;
import org.s3coop.region.service.command.UpdateRegion;

@Schema(name = "UpdateRegion", description = "The new description of a region; replaces name and priorities (a "
        + "description that changes nothing changes nothing: same version, no event). `active: true` brings a retired "
        + "region back.")
public record UpdateRegionRequest(
        @Size(max = 200) @Pattern(regexp = RegionPatterns.NAME, message = RegionPatterns.NAME_RULE)
        @Schema(example = "Cataluña", description = "Defaults to the official (NUTS) name") String name,
        @Pattern(regexp = RegionPatterns.NUTS_VERSION, message = RegionPatterns.NUTS_VERSION_RULE)
        @Schema(example = "2024", defaultValue = "2024", description = "2024, the only version supported") String nutsVersion,
        @NotNull @Size(max = 50) @Schema(required = true) List<@NotNull @Valid PriorityInput> priorities,
        @Schema(description = "true re-activates a retired region; false is refused (use DELETE to retire)") Boolean active) {

    public UpdateRegion toCommand(String code) {
        return new UpdateRegion(code, name, PriorityInput.choices(priorities), active);
    }
}
