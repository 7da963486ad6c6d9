package org.s3coop.challenge.service;

import java.util.Collection;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.ChallengeProblem;
import org.s3coop.challenge.domain.KnownRegion;
import org.s3coop.challenge.repository.KnownRegionRepository;

import io.smallrye.mutiny.Uni;

/** Checks region codes against the region read model: known (422 {@code unknown-region}), active (422 {@code retired-region}). */
@ApplicationScoped
public class KnownRegions {
    @Inject
    KnownRegionRepository regions;

    /** Fails with 422 naming, under {@code field}, the regions no region-service event has made known. */
    public Uni<Void> requireKnown(Collection<String> codes, String field) {
        if (codes == null || codes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return regions.byCodes(codes).map(found -> {
            TreeSet<String> unknown = new TreeSet<>(codes);
            found.forEach(r -> unknown.remove(r.code));
            if (!unknown.isEmpty()) {
                throw ChallengeProblem.UNKNOWN_REGION.exception(field + ": region(s) " + unknown
                        + " are not known (no event of region-service has registered them)");
            }
            return null;
        });
    }

    /** The region, known and active; 422 {@code unknown-region} or {@code retired-region} naming what it cannot do. */
    public Uni<KnownRegion> requireActive(String code, String cannot) {
        return regions.findById(code).map(region -> {
            if (region == null) {
                throw ChallengeProblem.UNKNOWN_REGION.exception("Region " + code
                        + " is not known (no event of region-service has registered it)");
            }
            if (!region.active) {
                throw ChallengeProblem.RETIRED_REGION.exception("Region " + code + " is retired; it cannot " + cannot);
            }
            return region;
        });
    }
}
