package org.s3coop.partnership.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Gate;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PartnershipProblem;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.domain.TransitionAction;
import org.s3coop.partnership.events.PartnershipEvents;
import org.s3coop.partnership.repository.StageTransitionRepository;
import org.s3coop.partnership.rest.dto.TransitionRequest;
import org.s3coop.platform.rest.Versions;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Moves partnerships through the state machine: ADVANCE through the gate of the current stage, REVERT to an earlier
 * stage, HOLD, RESUME, CLOSE. The row is locked first, so of two transitions on the same version exactly one
 * applies; the other finds a newer version (412 with If-Match) or a state it no longer fits (409).
 */
@ApplicationScoped
public class TransitionService {
    @Inject
    PartnershipService partnerships;
    @Inject
    StageTransitionRepository history;
    @Inject
    GateKeeper gates;
    @Inject
    PartnershipAuthority authority;

    @WithTransaction
    public Uni<Partnership> transition(UUID id, TransitionRequest req, String ifMatch) {
        req.validate();
        return partnerships.getForUpdate(id).chain(p -> {
            if (req.action() == TransitionAction.ADVANCE || req.action() == TransitionAction.CLOSE) {
                authority.requireLead(p, req.action().name());
            } else {
                authority.requireMember(p);
            }
            Versions.checkIfMatch(ifMatch, p.version);
            p.requireOpen();
            return step(p, req)
                    .call(history::persist)
                    .chain(t -> partnerships.save(p, PartnershipEvents.transition(p, t)));
        });
    }

    private Uni<StageTransition> step(Partnership p, TransitionRequest req) {
        String actor = authority.actor();
        return switch (req.action()) {
            case ADVANCE -> advance(p, req.targetStage(), actor);
            case REVERT -> Uni.createFrom().item(p.revertTo(req.targetStage(), req.trigger(), req.strippedReason(), actor));
            case HOLD -> Uni.createFrom().item(p.hold(req.strippedReason(), actor));
            case RESUME -> Uni.createFrom().item(p.resume(req.strippedReason(), actor));
            case CLOSE -> Uni.createFrom().item(p.close(req.outcome(), req.strippedReason(), actor));
        };
    }

    private Uni<StageTransition> advance(Partnership p, Stage target, String actor) {
        Gate gate = Gate.leaving(p.stage).orElseThrow(() -> PartnershipProblem.INVALID_TRANSITION.exception("Partnership " + p.id + " is in " + p.stage + ", the last stage; there is nothing to advance to"));
        if (target != null && target != gate.to) {
            throw PartnershipProblem.INVALID_TRANSITION.exception("ADVANCE goes to the next stage only: from "
                    + p.stage + " that is " + gate.to + ", not " + target + " (use REVERT to go back)");
        }
        return gates.requirePassable(p, gate).map(v -> p.advance(actor));
    }
}
