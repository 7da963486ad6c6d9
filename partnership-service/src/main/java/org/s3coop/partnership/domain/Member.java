package org.s3coop.partnership.domain;

import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A region taking part in a partnership: its role, contribution and whether it has accepted (ACTIVE) or is INVITED. */
@Schema(name = "Member")
public record Member(
        @Schema(example = "ES51") String regionCode,
        @Schema(example = "LEAD", description = "LEAD or PARTNER; the coordinating lead (leadRegion) is always LEAD")
        MemberRole role,
        @Schema(example = "pilot lines", description = "null when none was given", nullable = true) String contribution,
        @Schema(example = "ACTIVE", description = "INVITED until the region accepts; only ACTIVE members count")
        MemberStatus status) {

    /**
     * Reads a stored member; rows written before roles and consent (free-text role, no status) read as an ACTIVE
     * member, LEAD when the text said lead.
     */
    @JsonCreator
    static Member read(@JsonProperty("regionCode") String regionCode, @JsonProperty("role") String role,
            @JsonProperty("contribution") String contribution, @JsonProperty("status") MemberStatus status) {
        MemberRole r = role != null && role.toUpperCase(Locale.ROOT).equals(MemberRole.LEAD.name()) ? MemberRole.LEAD
                : MemberRole.PARTNER;
        return new Member(regionCode, r, contribution, status == null ? MemberStatus.ACTIVE : status);
    }

    @JsonIgnore
    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    @JsonIgnore
    public boolean isLead() {
        return role == MemberRole.LEAD;
    }

    public Member withStatus(MemberStatus next) {
        return new Member(regionCode, role, contribution, next);
    }
}
