package org.s3coop.partnership.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Move;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.Readiness;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.domain.Transition;
import org.s3coop.partnership.events.PartnershipEvents;
import org.s3coop.partnership.repository.TransitionRows;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Moves partnerships through the state machine ({@link org.s3coop.partnership.domain.TransitionAction}'s table):
 * lock the row, check the caller's right and the expected version (If-Match), let the partnership check the
 * transition against its state, pass the gate of an ADVANCE, apply, record the history entry, and go through
 * {@link PartnershipChanges#transition} (audit, events). The row is read, locked and written with its history entry by
 * {@link TransitionRows}, off the entity (the partnership stays detached: nothing for the session's flushes to check).
 * The row is locked first, so of two transitions on the same version exactly one applies; the other finds a newer
 * version (412 with If-Match) or a state it no longer fits (409).
 */
@ApplicationScoped
public class TransitionService {
    @Inject
    PartnershipService partnerships;
    @Inject
    PartnershipChanges changes;
    @Inject
    TransitionRows rows;
    @Inject
    GateKeeper gates;
    @Inject
    PartnershipAuthority authority;

    @WithTransaction
    public Uni<Partnership> transition(UUID id, Transition transition, ExpectedVersion expected) {
        return rows.lock(id).onItem().ifNull().failWith(() -> PartnershipChanges.notFound(id)).chain(p -> {
            authority.require(p, transition.action().right(), null);
            expected.require(p.version);
            Move move = p.check(transition);
            Uni<Void> gate = move.gate().map(g -> gates.requirePassed(p, g)).orElseGet(() -> Uni.createFrom().voidItem());
            String actor = authority.actor();
            return gate.chain(() -> changes.transition(p, actor, transition.action().name(), q -> {
                StageTransition step = q.apply(move, actor);
                return rows.move(q, step).map(saved -> List.of(PartnershipEvents.step(q, step)));
            }));
        });
    }

    /** The gate out of the partnership's stage, each criterion met or not (none in the last stage). */
    @WithSession
    public Uni<Readiness> readiness(UUID id) {
        return partnerships.get(id).chain(gates::readiness);
    }
}
