package org.s3coop.challenge.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.Scope;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.security.Caller;

/**
 * Who may change what in challenge-service, for the calling token. Writes need role editor or admin (the resources'
 * {@code @RolesAllowed}); an admin may change any challenge; an editor may change:
 * <ul>
 * <li>a challenge on a REGION when that region is in its {@code regions} claim;</li>
 * <li>a challenge on a PARTNERSHIP when one of the partnership's member regions, as the partnership read model knows
 * them now, is in its claim (the lead region is a member);</li>
 * <li>a challenge on the COMMUNITY: any editor, since it concerns every region;</li>
 * <li>a region's vote in a ranking round when the region is in its claim;</li>
 * <li>the working-group membership of a region in its claim: its representatives (once an admin has admitted the
 * region) and its leaving;</li>
 * <li>a meeting hosted by a region in its claim, and the ranking rounds held at such a meeting (creating and closing
 * them; a round held at no meeting is an admin's);</li>
 * <li>a good practice of a solution one of whose adopting regions is in its claim (publishing and describing it);</li>
 * <li>the adoption of a practice by a region in its claim.</li>
 * </ul>
 */
@ApplicationScoped
public class ChallengeAuthority {
    @Inject
    Caller caller;

    /** @param scopeRegions the regions the scope concerns: the region itself, or the partnership's members */
    public void requireMayChange(Scope scope, List<String> scopeRegions) {
        if (caller.isAdmin()) {
            return;
        }
        Set<String> mine = caller.regions();
        boolean concerned = scopeRegions.stream().anyMatch(mine::contains);
        switch (scope.type()) {
            case COMMUNITY -> {
                return;
            }
            case REGION -> {
                if (!concerned) {
                    throw ProblemException.forbidden("Your token may change challenges on region " + scope.ref()
                            + " only as an editor of that region; your regions are " + mine);
                }
            }
            case PARTNERSHIP -> {
                if (!concerned) {
                    throw ProblemException.forbidden("Your token may change challenges on partnership " + scope.ref()
                            + " only as an editor of one of its member regions " + scopeRegions + "; your regions are "
                            + mine);
                }
            }
        }
    }

    public void requireVoterFor(String regionCode) {
        caller.requireAnyRegion(List.of(regionCode), "the vote of region " + regionCode);
    }

    /** Admins only: 403 naming what else the caller may do. */
    public void requireAdmin(String what, String otherwise) {
        if (!caller.isAdmin()) {
            throw ProblemException.forbidden("Only an admin may " + what + otherwise);
        }
    }

    /** Admins, and editors of one of {@code regions}; 403 otherwise naming {@code what}. */
    public void requireEditorOfAny(List<String> regions, String what) {
        caller.requireAnyRegion(regions, what);
    }

    /** The name kept as who raised, changed or voted. */
    public String actor() {
        return caller.name();
    }
}
