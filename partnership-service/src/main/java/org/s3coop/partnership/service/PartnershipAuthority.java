package org.s3coop.partnership.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.TransitionAction;
import org.s3coop.platform.security.Caller;

/**
 * Who may change a partnership: an admin anything; an editor the partnerships in which one of its regions is a
 * member and, for the actions whose {@link TransitionAction#editors} are the lead's (ADVANCE, CLOSE), only those its
 * regions lead; proposing, only a partnership its region would lead. 403 otherwise.
 */
@ApplicationScoped
public class PartnershipAuthority {
    @Inject
    Caller caller;

    public void requireProposer(String leadRegion) {
        caller.requireAnyRegion(List.of(leadRegion), "a partnership led by " + leadRegion);
    }

    public void requireMember(Partnership p) {
        caller.requireAnyRegion(p.memberCodes(), "partnership " + p.id + " (as a member)");
    }

    public void requireTransition(Partnership p, TransitionAction action) {
        switch (action.editors) {
            case LEAD -> caller.requireAnyRegion(List.of(p.leadRegion), "partnership " + p.id + " with " + action
                    + " (the lead region's editors only)");
            case MEMBERS -> requireMember(p);
        }
    }

    /** The name recorded in the history. */
    public String actor() {
        return caller.name();
    }
}
