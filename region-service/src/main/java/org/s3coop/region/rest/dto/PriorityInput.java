package org.s3coop.region.rest.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.region.domain.PriorityFamily;
import org.s3coop.region.service.command.PriorityChoice;

@Schema(name = "Priority", description = "An S3 priority: a code of the priority catalogue, with the region's label")
public record PriorityInput(
        @NotNull @Schema(required = true, example = "ECONOMIC_DOMAIN") PriorityFamily family,
        @NotBlank @Size(max = 40) @Schema(required = true, example = "C21", description = "A code of GET /api/v1/priority-catalogue for this family") String code,
        @Size(max = 200) @Schema(example = "Pharmaceuticals", description = "Defaults to the catalogue's label") String label) {

    /** The priorities of a request as the command names them; none given is none. */
    static List<PriorityChoice> choices(List<PriorityInput> inputs) {
        return inputs == null ? List.of() : inputs.stream().map(p -> new PriorityChoice(p.family, p.code, p.label)).toList();
    }
}
