package org.s3coop.challenge.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Scope", description = "What the challenge is raised on: a partnership (ref = its id), a region "
        + "(ref = NUTS code) or the whole community (no ref)")
public record Scope(
        @Schema(required = true, example = "PARTNERSHIP") ScopeType type,
        @Schema(example = "0b9f6c1e-8d7a-4d47-9a53-3c1f2f0a2b11") String ref) {
}
