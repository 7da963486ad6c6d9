package org.s3coop.challenge.rest.dto;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.service.command.ProposeSolution;

@Schema(name = "ProposeSolution", description = "An operational solution for a challenge; it starts PROPOSED")
public record ProposeSolutionRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Joint secretariat") String title,
        @Size(max = 4000) @Schema(example = "Each region seconds one person half-time to a shared secretariat.") String description,
        @Size(max = 50) @Schema(description = "NUTS codes of known regions (checked one by one: the field at fault is named with its index)", example = "[\"ES51\"]")
        List<String> adoptingRegions,
        @Schema(description = "The meeting where it arose (a known meeting, 422 otherwise)") UUID meetingId) {

    public ProposeSolution toCommand() {
        return new ProposeSolution(title, description, adoptingRegions, meetingId);
    }
}
