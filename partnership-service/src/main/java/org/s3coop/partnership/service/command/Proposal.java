package org.s3coop.partnership.service.command;

import java.util.List;

import org.s3coop.partnership.domain.Member;
import org.s3coop.partnership.domain.PartnershipPriority;

/** Propose a partnership: its title, priority, lead region and members (the lead among them). */
public record Proposal(String title, PartnershipPriority priority, String leadRegion, List<Member> members) {
}
