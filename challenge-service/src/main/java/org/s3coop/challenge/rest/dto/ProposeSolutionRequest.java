package org.s3coop.challenge.rest.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.rest.Ids;
import org.s3coop.challenge.service.command.ProposeSolution;
import org.s3coop.platform.contract.ContractPatterns;

@Schema(name = "ProposeSolution", description = "An operational solution for a challenge; it starts PROPOSED")
public record ProposeSolutionRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Joint secretariat") String title,
        @Size(max = 4000) @Schema(example = "Each region seconds one person half-time to a shared secretariat.") String description,
        @Size(max = 50) @Schema(description = "NUTS codes of known regions (checked one by one: the field at fault is named with its index)", example = "[\"ES51\"]")
        List<String> adoptingRegions,
        @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE)
        @Schema(description = "The meeting where it arose (a known meeting, 422 otherwise)", format = "uuid") String meetingId) {

    public ProposeSolution toCommand() {
        return new ProposeSolution(title, description, adoptingRegions, Ids.uuid(meetingId));
    }
}
