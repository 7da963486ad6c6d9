package org.s3coop.challenge.rest.dto;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.AdoptionStatus;
import org.s3coop.challenge.service.command.ChangeAdoption;

@Schema(name = "AdoptionInput", description = "A region's adoption of a good practice as it now is. Status: PLANNED → "
        + "IMPLEMENTING → IMPLEMENTED | ABANDONED (ABANDONED also from PLANNED); an adoption may start in any status")
public record AdoptionRequest(
        @NotNull @Schema(required = true, example = "IMPLEMENTING") AdoptionStatus status,
        @Size(max = 8000) @Schema(example = "Secretariat shared with the Interreg office; one person at 30%.",
                description = "How the region adapts the practice; absent: unchanged") String adaptationNotes) {

    public ChangeAdoption toCommand(UUID practiceId, String regionCode) {
        return new ChangeAdoption(practiceId, regionCode, status, adaptationNotes);
    }
}
