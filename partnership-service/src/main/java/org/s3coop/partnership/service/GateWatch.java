package org.s3coop.partnership.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Gate;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.Regression;
import org.s3coop.partnership.events.PartnershipEvents;
import org.s3coop.platform.events.DomainEvent;
import org.s3coop.platform.time.UtcClock;

import io.smallrye.mutiny.Uni;

/**
 * Gates that stay true: after every change of a partnership, and of the read models it depends on, the criteria of
 * the gates it already passed are evaluated again. A criterion that stopped holding joins the partnership's
 * {@code regressions} (re-scoping is recommended; {@code gate-regressed}); one that holds again leaves them
 * ({@code gate-restored}). Each of the two bumps the version once. Closed partnerships are no longer watched. It also
 * schedules the next look at the commitment letters ({@link LetterExpiryCheck}).
 */
@ApplicationScoped
public class GateWatch {
    @Inject
    GateKeeper gates;

    /** Re-evaluates {@code p} (locked, in the caller's transaction); answers the events of what it found. */
    Uni<List<DomainEvent>> reevaluate(Partnership p) {
        if (!p.isOpen()) {
            return Uni.createFrom().item(List.of());
        }
        p.scheduleLetterCheck(UtcClock.now().toLocalDate());
        if (Gate.passedBy(p.stage).isEmpty() && p.regressions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return gates.inputs(p).map(in -> {
            Partnership.RegressionChange change = p.compareRegressions(Gate.regressions(in, p.regressions,
                    UtcClock.now()));
            List<DomainEvent> events = new ArrayList<>();
            List<Regression> restored = change.restored();
            if (!restored.isEmpty()) {
                p.restore(restored);
                events.add(PartnershipEvents.restored(p, restored));
            }
            List<Regression> regressed = change.regressed();
            if (!regressed.isEmpty()) {
                p.regress(regressed);
                events.add(PartnershipEvents.regressed(p, regressed));
            }
            return events;
        });
    }
}
