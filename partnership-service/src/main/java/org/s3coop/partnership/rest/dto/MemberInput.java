package org.s3coop.partnership.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.platform.contract.ContractPatterns;

@Schema(name = "MemberInput", description = "A member region with its role and contribution")
public record MemberInput(
        @NotNull @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) @Schema(required = true, example = "DE21") String regionCode,
        @Size(max = 200) @Schema(example = "partner", description = "`lead` or `partner` (any case); the lead region "
                + "is always LEAD, any other text or none is PARTNER") String role,
        @Size(max = 2000) @Schema(example = "polymer research") String contribution) {

    static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
