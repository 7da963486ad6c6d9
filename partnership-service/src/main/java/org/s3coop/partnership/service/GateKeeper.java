package org.s3coop.partnership.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Gate;
import org.s3coop.partnership.domain.GateInputs;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.Readiness;
import org.s3coop.partnership.repository.KnownRegionRepository;
import org.s3coop.partnership.repository.TrackedChallengeRepository;
import org.s3coop.platform.time.UtcClock;

import io.smallrye.mutiny.Uni;

/**
 * Gathers what the gates look at — the programme, the region read model's view of the members, the open blocking
 * challenges on the partnership and its active member regions, the funded investment projects, today — and evaluates
 * the gate out of a partnership's stage.
 */
@ApplicationScoped
public class GateKeeper {
    @Inject
    KnownRegionRepository regions;
    @Inject
    TrackedChallengeRepository challenges;
    @Inject
    Programmes programmes;
    @Inject
    InvestmentProjects projects;

    Uni<GateInputs> inputs(Partnership p) {
        return programmes.of(p.programmeCode).chain(programme -> regions.byCode(p.memberCodes())
                .chain(known -> challenges.openBlocking(p.id, p.activeMemberCodes())
                        .chain(blocking -> projects.fundedOrRunning(p.id)
                                .map(funded -> new GateInputs(p, programme, known, blocking, funded,
                                        UtcClock.now().toLocalDate())))));
    }

    public Uni<Readiness> readiness(Partnership p) {
        Optional<Gate> gate = Gate.leaving(p.stage);
        if (gate.isEmpty()) {
            return Uni.createFrom().item(new Readiness(p, gate, List.of()));
        }
        return inputs(p).map(in -> new Readiness(p, gate, gate.get().evaluate(in)));
    }

    /** Passes when every criterion of {@code gate} is met; else 409 listing every unmet criterion. */
    public Uni<Void> requirePassed(Partnership p, Gate gate) {
        return inputs(p).invoke(gate::requirePassed).replaceWithVoid();
    }
}
