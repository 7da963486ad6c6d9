package org.s3coop.challenge.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.ScopeType;

@Schema(name = "ScopeInput", description = "What the challenge is raised on. PARTNERSHIP: ref = partnership id; "
        + "REGION: ref = NUTS code; COMMUNITY: no ref. The ref must be known from the other services' events.")
public record ScopeInput(
        @NotNull @Schema(required = true, example = "PARTNERSHIP") ScopeType type,
        @Size(max = 64) @Schema(example = "0b9f6c1e-8d7a-4d47-9a53-3c1f2f0a2b11") String ref) {
}
