package org.s3coop.partnership.domain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Evidence of PILOT: the demonstrators run, and what they showed. */
@Schema(name = "PilotReport")
public record PilotReport(@NotNull @Size(max = 50) @Schema(required = true) List<@NotNull @Valid Demonstrator> demonstrators) {

    @Schema(name = "Demonstrator")
    public record Demonstrator(
            @NotBlank @Size(max = 200) @Schema(required = true, example = "Compostable tray line") String name,
            @Size(max = 4000) @Schema(example = "10 000 trays, 30% lower footprint") String result) {

        public boolean hasResult() {
            return result != null && !result.isBlank();
        }
    }
}
