package org.s3coop.partnership.service;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.PartnershipProblem;
import org.s3coop.partnership.repository.KnownRegionRepository;

import io.smallrye.mutiny.Uni;

/** Checks would-be members against the region read model: only known, active regions may join or be invited. */
@ApplicationScoped
public class MemberRegions {
    @Inject
    KnownRegionRepository regions;

    public Uni<Void> requireUsable(Collection<String> codes) {
        return regions.byCode(codes).invoke(known -> {
            List<String> unknown = codes.stream().filter(c -> !known.containsKey(c)).sorted().toList();
            List<String> retired = codes.stream().filter(c -> known.containsKey(c) && !known.get(c).active).sorted()
                    .toList();
            if (!unknown.isEmpty()) {
                throw PartnershipProblem.UNKNOWN_REGION.exception("Region(s) " + unknown
                        + " are unknown to partnership-service: no event of region-service has described them yet. "
                        + "Register them in region-service first" + (retired.isEmpty() ? "" : "; " + retiredText(retired)));
            }
            if (!retired.isEmpty()) {
                throw PartnershipProblem.RETIRED_REGION.exception(retiredText(retired));
            }
        }).replaceWithVoid();
    }

    private static String retiredText(List<String> retired) {
        return "region(s) " + retired + " are retired in partnership-service's view of regions and cannot join a partnership";
    }
}
