package org.s3coop.challenge.rest.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.SolutionStatus;
import org.s3coop.challenge.rest.Ids;
import org.s3coop.challenge.service.command.UpdateSolution;
import org.s3coop.platform.contract.ContractPatterns;

@Schema(name = "UpdateSolution", description = "The solution as it now is. Status moves forward only "
        + "(PROPOSED → PILOTED → ADOPTED); ADOPTED needs at least one adopting region.")
public record UpdateSolutionRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Joint secretariat") String title,
        @Size(max = 4000) String description,
        @NotNull @Schema(required = true, example = "ADOPTED") SolutionStatus status,
        @Size(max = 50) @Schema(description = "NUTS codes of known regions (checked one by one: the field at fault is named with its index)", example = "[\"ES51\",\"DE21\"]")
        List<String> adoptingRegions,
        @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE)
        @Schema(description = "The meeting where it arose (a known meeting, 422 otherwise); absent: unchanged", format = "uuid")
        String meetingId) {

    public UpdateSolution toCommand() {
        return new UpdateSolution(title, description, status, adoptingRegions, Ids.uuid(meetingId));
    }
}
