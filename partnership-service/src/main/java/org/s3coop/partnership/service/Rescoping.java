package org.s3coop.partnership.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.KnownRegion;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.RescopingCause;
import org.s3coop.partnership.events.PartnershipEvents;
import org.s3coop.partnership.repository.PartnershipRepository;
import org.s3coop.platform.events.DomainEvent;

import io.smallrye.mutiny.Uni;

/**
 * What a change of a region means to the open partnerships in which it is an ACTIVE member: when it was retired, or
 * stopped listing a partnership's priority, re-scoping is recommended with the reason (added to those already given;
 * {@code rescoping-recommended} published). Either way the gates those partnerships passed are re-evaluated
 * ({@link GateWatch}). Nothing is reverted; the service acts as {@code system}.
 */
@ApplicationScoped
public class Rescoping {
    static final String AUDIT_ACTION = "REGION_CHANGED";

    @Inject
    PartnershipRepository partnerships;
    @Inject
    PartnershipChanges changes;

    public Uni<Void> afterRegionChange(KnownRegion.Snapshot before, KnownRegion after) {
        return partnerships.openWithMemberForUpdate(after.code).chain(affected -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Partnership p : affected) {
                chain = chain.chain(() -> changes.apply(p, PartnershipChanges.SYSTEM, AUDIT_ACTION,
                        q -> Uni.createFrom().item(recommend(before, after, q))).replaceWithVoid());
            }
            return chain;
        });
    }

    private static List<DomainEvent> recommend(KnownRegion.Snapshot before, KnownRegion after, Partnership p) {
        if (!before.known()) {
            return List.of();
        }
        if (before.active() && !after.active) {
            p.recommendRescoping(RescopingCause.REGION_RETIRED, "member region " + after.code + " was retired");
        } else if (after.active && before.lists(p.priority()) && !after.lists(p.priority())) {
            p.recommendRescoping(RescopingCause.PRIORITY_DROPPED, "member region " + after.code
                    + " no longer lists the partnership priority " + p.priorityFamily + " " + p.priorityCode);
        } else {
            return List.of();
        }
        return List.of(PartnershipEvents.region(PartnershipEvents.RESCOPING_RECOMMENDED, p, after.code));
    }
}
