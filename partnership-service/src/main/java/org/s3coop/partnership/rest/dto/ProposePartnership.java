package org.s3coop.partnership.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PartnershipPatterns;
import org.s3coop.partnership.domain.PartnershipPriority;
import org.s3coop.partnership.service.command.Proposal;
import org.s3coop.platform.contract.ContractPatterns;

@Schema(name = "ProposePartnership", description = "A partnership to propose; the lead region must be one of the members")
public record ProposePartnership(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Bio-based packaging") String title,
        @NotNull @Valid @Schema(required = true) PartnershipPriority priority,
        @Pattern(regexp = PartnershipPatterns.PROGRAMME, message = PartnershipPatterns.PROGRAMME_RULE)
        @Schema(example = "S3_THEMATIC_PARTNERSHIP", description = "The programme whose rules drive the gates "
                + "(GET /api/v1/programmes); INTERREGIONAL_COOPERATION when absent") String programme,
        @NotNull @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) @Schema(required = true, example = "ES51") String leadRegion,
        @NotNull @Size(min = 1, max = Partnership.MAX_MEMBERS) @Schema(required = true) List<@NotNull @Valid MemberInput> members) {

    public Proposal toCommand() {
        return new Proposal(title, priority, programme, leadRegion,
                members.stream().map(m -> new Proposal.NewMember(m.regionCode(), MemberInput.strip(m.role()),
                        MemberInput.strip(m.contribution()))).toList());
    }
}
