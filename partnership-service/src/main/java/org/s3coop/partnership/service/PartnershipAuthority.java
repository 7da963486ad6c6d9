package org.s3coop.partnership.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Partnership;
import org.s3coop.platform.security.Caller;

/**
 * Who may change a partnership: an admin anything; an editor the partnerships in which one of its regions is a
 * member, and, for ADVANCE and CLOSE, only those its regions lead.
 */
@ApplicationScoped
public class PartnershipAuthority {
    @Inject
    Caller caller;

    public void requireLeadEditor(String leadRegion, String what) {
        caller.requireAnyRegion(List.of(leadRegion), what);
    }

    public void requireMember(Partnership p) {
        caller.requireAnyRegion(p.memberCodes(), "partnership " + p.id + " (as a member)");
    }

    public void requireLead(Partnership p, String action) {
        caller.requireAnyRegion(List.of(p.leadRegion), "partnership " + p.id + " with " + action
                + " (the lead region's editors only)");
    }

    /** The name recorded in the history. */
    public String actor() {
        return caller.name();
    }
}
