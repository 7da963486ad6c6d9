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

import io.smallrye.mutiny.Uni;

/** Evaluates the gate out of a partnership's stage against the read models (regions, blocking challenges). */
@ApplicationScoped
public class GateKeeper {
    @Inject
    KnownRegionRepository regions;
    @Inject
    TrackedChallengeRepository challenges;

    Uni<GateInputs> inputs(Partnership p) {
        return regions.byCode(p.memberCodes())
                .chain(known -> challenges.openBlocking(p.id).map(n -> new GateInputs(p, known, n)));
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
