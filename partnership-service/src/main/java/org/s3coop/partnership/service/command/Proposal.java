package org.s3coop.partnership.service.command;

import java.util.List;

import org.s3coop.partnership.domain.PartnershipPriority;

/**
 * Propose a partnership: its title, priority, programme (null: the default), lead region and members (the lead among
 * them); each member's role is the text the client sent ({@code lead}/{@code partner}, see MemberRole).
 */
public record Proposal(String title, PartnershipPriority priority, String programme, String leadRegion,
        List<NewMember> members) {

    /** A member as proposed. */
    public record NewMember(String regionCode, String role, String contribution) {
    }
}
