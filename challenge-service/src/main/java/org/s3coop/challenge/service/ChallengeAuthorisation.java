package org.s3coop.challenge.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.challenge.domain.Scope;
import org.s3coop.platform.problem.ProblemException;

/**
 * Who may change a challenge (raise, update, transitions, solutions). Writes need role editor or admin (checked by
 * the resources); an admin may change any challenge; an editor may change:
 * <ul>
 * <li>a challenge on a REGION when that region is in its {@code regions} claim;</li>
 * <li>a challenge on a PARTNERSHIP when one of the partnership's member regions, as the partnership read model knows
 * them now, is in its claim (the lead region is a member);</li>
 * <li>a challenge on the COMMUNITY: any editor, since it concerns every region.</li>
 * </ul>
 */
@ApplicationScoped
public class ChallengeAuthorisation {

    /** @param scopeRegions the regions the scope concerns: the region itself, or the partnership's members */
    public void requireMayChange(Actor actor, Scope scope, List<String> scopeRegions) {
        if (actor.admin()) {
            return;
        }
        switch (scope.type()) {
            case COMMUNITY -> {
                return;
            }
            case REGION -> {
                if (actor.holdsAnyOf(scopeRegions)) {
                    return;
                }
                throw ProblemException.forbidden("Your token may change challenges on region " + scope.ref()
                        + " only as an editor of that region; your regions are " + actor.regions());
            }
            case PARTNERSHIP -> {
                if (actor.holdsAnyOf(scopeRegions)) {
                    return;
                }
                throw ProblemException.forbidden("Your token may change challenges on partnership " + scope.ref()
                        + " only as an editor of one of its member regions " + scopeRegions + "; your regions are "
                        + actor.regions());
            }
            default -> throw new IllegalStateException(scope.type().name());
        }
    }
}
