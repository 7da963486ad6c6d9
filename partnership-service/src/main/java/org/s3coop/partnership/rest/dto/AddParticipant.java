package org.s3coop.partnership.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.StakeholderType;
import org.s3coop.partnership.service.command.NewParticipant;
import org.s3coop.platform.contract.ContractPatterns;

@Schema(name = "AddParticipant", description = "An organisation of a member region joining the partnership's work")
public record AddParticipant(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Packaging Cluster") String name,
        @NotNull @Schema(required = true, example = "CLUSTER") StakeholderType type,
        @NotNull @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) @Schema(required = true, example = "ITC4") String regionCode) {

    public NewParticipant toCommand() {
        return new NewParticipant(name, type, regionCode);
    }
}
