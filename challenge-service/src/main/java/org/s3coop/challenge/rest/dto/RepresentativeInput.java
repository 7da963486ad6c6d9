package org.s3coop.challenge.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.Representative;

@Schema(name = "RepresentativeInput", description = "An organisation that represents a member region, optionally the person and their role")
public record RepresentativeInput(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Generalitat de Catalunya, DG Research") String organisation,
        @Size(max = 200) @Schema(example = "Marta Puig") String name,
        @Size(max = 200) @Schema(example = "S3 coordinator") String role) {

    public Representative toDomain() {
        return new Representative(organisation, name, role);
    }
}
