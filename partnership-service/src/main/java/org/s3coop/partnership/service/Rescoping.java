package org.s3coop.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.KnownRegion;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.events.PartnershipEvents;
import org.s3coop.partnership.repository.PartnershipRepository;
import org.s3coop.platform.events.Outbox;

import io.smallrye.mutiny.Uni;

/**
 * The re-scoping signal: when a member region is retired, or stops listing a partnership's priority, each open
 * partnership it belongs to is flagged with the reason and rescoping-recommended is published. Nothing is reverted.
 */
@ApplicationScoped
public class Rescoping {
    @Inject
    PartnershipRepository partnerships;
    @Inject
    Outbox outbox;

    public Uni<Void> afterRegionChange(KnownRegion.Snapshot before, KnownRegion after) {
        if (!before.known()) {
            return Uni.createFrom().voidItem();
        }
        boolean retired = before.active() && !after.active;
        return partnerships.openWithMemberForUpdate(after.code).chain(affected -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Partnership p : affected) {
                String reason = reason(before, after, retired, p);
                if (reason != null) {
                    chain = chain.chain(() -> {
                        p.recommendRescoping(reason);
                        return partnerships.flush()
                                .chain(() -> outbox.append(PartnershipEvents.rescoping(p, after.code)));
                    });
                }
            }
            return chain;
        });
    }

    private static String reason(KnownRegion.Snapshot before, KnownRegion after, boolean retired, Partnership p) {
        if (retired) {
            return "member region " + after.code + " was retired";
        }
        if (after.active && before.lists(p.priority()) && !after.lists(p.priority())) {
            return "member region " + after.code + " no longer lists the partnership priority " + p.priorityFamily + " "
                    + p.priorityCode;
        }
        return null;
    }
}
