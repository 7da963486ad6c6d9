package org.s3coop.partnership.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PartnershipAction;
import org.s3coop.platform.problem.PlatformProblem;
import org.s3coop.platform.security.Caller;

/**
 * Who may do what to a partnership, in one place: the rights table {@link PartnershipAction} (admins everything; the
 * editors of an active lead region the rows marked {@code leads}; the editors of the region an action concerns the
 * rows marked {@code region}). Everyone else gets 403, whose problem names the missing right ({@code missingRight}:
 * the action) and who holds it. Writes need role editor or admin before they get here (the resources'
 * {@code @RolesAllowed}), so a caller that is not an admin is an editor.
 */
@ApplicationScoped
public class PartnershipAuthority {
    @Inject
    Caller caller;

    /** The proposer must speak for the region that would lead. */
    public void requireProposer(String leadRegion) {
        require(null, PartnershipAction.PROPOSE, leadRegion);
    }

    /**
     * Passes when the caller may do {@code action} to {@code p} ({@code region}: the region it concerns, or null);
     * else 403 naming the right.
     */
    public void require(Partnership p, PartnershipAction action, String region) {
        if (caller.isAdmin()) {
            return;
        }
        Set<String> mine = caller.regions();
        List<String> leads = p == null ? List.of() : p.activeLeadCodes();
        if (action.leads && leads.stream().anyMatch(mine::contains)) {
            return;
        }
        if (action.region && region != null && mine.contains(region)) {
            return;
        }
        List<String> holders = new ArrayList<>();
        if (action.leads) {
            holders.add("the editors of its active lead regions " + leads);
        }
        if (action.region && region != null) {
            holders.add("the editors of region " + region);
        }
        String on = p == null ? "" : " on partnership " + p.id;
        throw PlatformProblem.FORBIDDEN.exception("Your token may not " + action + on + " (" + action.what
                + "): that right is held by admins and " + String.join(" and ", holders) + "; your regions are " + mine,
                Map.of("missingRight", action.name()));
    }

    /** Whether the caller speaks for the region: an admin, or an editor whose regions claim lists it. */
    public boolean speaksFor(String region) {
        return caller.isAdmin() || caller.regions().contains(region);
    }

    /** Who is acting: the token's name, recorded in the history and the audit trail and sent as events' actor. */
    public String actor() {
        return caller.name();
    }
}
