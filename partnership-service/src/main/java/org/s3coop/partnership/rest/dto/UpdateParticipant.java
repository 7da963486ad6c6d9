package org.s3coop.partnership.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.StakeholderType;
import org.s3coop.partnership.service.command.ParticipantChange;

@Schema(name = "UpdateParticipant", description = "A participant's name and stakeholder type (its region stays)")
public record UpdateParticipant(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Packaging Cluster Lombardy") String name,
        @NotNull @Schema(required = true, example = "CLUSTER") StakeholderType type) {

    public ParticipantChange toCommand() {
        return new ParticipantChange(name, type);
    }
}
