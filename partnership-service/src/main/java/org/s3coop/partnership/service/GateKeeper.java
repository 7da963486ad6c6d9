package org.s3coop.partnership.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Gate;
import org.s3coop.partnership.domain.GateInputs;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.Readiness;
import org.s3coop.partnership.repository.GateReads;
import org.s3coop.platform.time.UtcClock;

import io.smallrye.mutiny.Uni;

/**
 * Gathers what the gates look at — the programme (kept), then in one statement ({@link GateReads}) the region read
 * model's view of the members, the open blocking challenges on the partnership and its active member regions and the
 * investment projects FUNDED or RUNNING, and today — and evaluates the gate out of a partnership's stage.
 * {@link ProjectService} re-evaluates the passed gates ({@link GateWatch}) whenever a project changes, so a FUNDED
 * project that is withdrawn regresses a passed PILOT_TO_SCALE_UP gate.
 */
@ApplicationScoped
public class GateKeeper {
    @Inject
    GateReads reads;
    @Inject
    Programmes programmes;

    Uni<GateInputs> inputs(Partnership p) {
        return programmes.of(p.programmeCode).chain(programme -> reads.of(p.id, p.memberCodes(), p.activeMemberCodes())
                .map(in -> new GateInputs(p, programme, in.regions(), in.blockingChallenges(), in.fundedProjects(),
                        UtcClock.now().toLocalDate())));
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
