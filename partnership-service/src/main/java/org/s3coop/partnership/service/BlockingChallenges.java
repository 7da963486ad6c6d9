package org.s3coop.partnership.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.TrackedChallenge;
import org.s3coop.partnership.repository.PartnershipRepository;

import io.smallrye.mutiny.Uni;

/**
 * When a challenge starts or stops blocking (or moves), the open partnerships it concerns — the one it is scoped to,
 * or those in which its region is an ACTIVE member — have their passed gates re-evaluated (NO_BLOCKING_CHALLENGE is in
 * every gate), as {@code system}.
 */
@ApplicationScoped
public class BlockingChallenges {
    static final String AUDIT_ACTION = "CHALLENGE_CHANGED";

    @Inject
    PartnershipRepository partnerships;
    @Inject
    PartnershipChanges changes;

    /** {@code before}: the challenge's scope before the event (null when it was new). */
    public Uni<Void> afterChange(TrackedChallenge.Scope before, TrackedChallenge.Scope after) {
        Set<TrackedChallenge.Scope> scopes = new LinkedHashSet<>();
        if (before != null) {
            scopes.add(before);
        }
        scopes.add(after);
        Uni<List<Partnership>> concerned = Uni.createFrom().item(new ArrayList<>());
        for (TrackedChallenge.Scope scope : scopes) {
            concerned = concerned.chain(found -> affected(scope).map(more -> {
                more.stream().filter(p -> found.stream().noneMatch(f -> f.id.equals(p.id))).forEach(found::add);
                return found;
            }));
        }
        return concerned.chain(found -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Partnership p : found) {
                chain = chain.chain(() -> changes.reevaluate(p, AUDIT_ACTION).replaceWithVoid());
            }
            return chain;
        });
    }

    private Uni<List<Partnership>> affected(TrackedChallenge.Scope scope) {
        if (scope.regionCode() != null) {
            return partnerships.openWithMemberForUpdate(scope.regionCode());
        }
        if (scope.partnershipId() == null) {
            return Uni.createFrom().item(List.of());
        }
        UUID id;
        try {
            id = UUID.fromString(scope.partnershipId());
        } catch (IllegalArgumentException notAnId) {
            return Uni.createFrom().item(List.of());
        }
        return partnerships.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(p -> p == null || !p.isOpen() ? List.<Partnership>of() : List.of(p));
    }
}
