package org.s3coop.partnership.rest.dto;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.service.command.MemberChange;

@Schema(name = "PutMember", description = "A region's role and contribution in the partnership")
public record PutMember(
        @Size(max = 200) @Schema(example = "partner", description = "`lead` or `partner` (any case; any other text is "
                + "PARTNER); absent keeps a member's role and makes a new one a PARTNER; the lead region stays LEAD")
        String role,
        @Size(max = 2000) @Schema(example = "converters") String contribution) {

    public MemberChange toCommand() {
        return new MemberChange(MemberInput.strip(role), MemberInput.strip(contribution));
    }
}
