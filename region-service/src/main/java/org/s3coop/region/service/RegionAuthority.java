package org.s3coop.region.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.security.Caller;

/**
 * Who may change a region and what belongs to it (its stakeholders): an admin any region; an editor the regions of
 * its {@code regions} claim. Writes need role editor or admin (checked by the resources' {@code @RolesAllowed}).
 */
@ApplicationScoped
public class RegionAuthority {
    @Inject
    Caller caller;

    /** Refuses (403) a caller who may not change region {@code code}. */
    public void requireEditorOf(String code) {
        caller.requireAnyRegion(List.of(code), "region " + code);
    }

    /** Why the caller may not change region {@code code}, if it may not (the 403's detail). */
    public Optional<String> refusalFor(String code) {
        try {
            requireEditorOf(code);
            return Optional.empty();
        } catch (ProblemException e) {
            return Optional.of(e.problem().detail());
        }
    }

    /** Who makes the change, as events and the audit trail name it: the token's name. */
    public String actor() {
        return caller.name();
    }
}
