package org.s3coop.partnership.rest.dto;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.Member;

@Schema(name = "PutMember", description = "A region's role and contribution in the partnership")
public record PutMember(
        @Size(max = 200) @Schema(example = "partner") String role,
        @Size(max = 2000) @Schema(example = "converters") String contribution) {

    public Member toMember(String regionCode) {
        return new Member(regionCode, MemberInput.strip(role), MemberInput.strip(contribution));
    }
}
