package org.s3coop.challenge.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.ChallengeProblem;
import org.s3coop.challenge.domain.Scope;
import org.s3coop.challenge.repository.KnownPartnershipRepository;
import org.s3coop.challenge.repository.KnownRegionRepository;

import io.smallrye.mutiny.Uni;

/**
 * Checks a requested scope ({@link Scope#requested}: its syntax, 400) against the read models: a PARTNERSHIP ref
 * must be a partnership and a REGION ref an active region known from the other services' events (422 otherwise).
 */
@ApplicationScoped
public class ScopeResolver {
    @Inject
    KnownRegionRepository regions;
    @Inject
    KnownPartnershipRepository partnerships;

    public Uni<ResolvedScope> resolve(Scope requested) {
        Scope scope = Scope.requested(requested.type(), requested.ref());
        String ref = scope.ref();
        return switch (scope.type()) {
            case COMMUNITY -> Uni.createFrom().item(new ResolvedScope(scope, List.of()));
            case REGION -> regions.findById(ref).map(r -> {
                if (r == null) {
                    throw ChallengeProblem.UNKNOWN_SCOPE_REF.exception("scope.ref: region " + ref
                            + " is not known (no event of region-service has registered it)");
                }
                if (!r.active) {
                    throw ChallengeProblem.RETIRED_REGION.exception("scope.ref: region " + ref
                            + " is retired; challenges cannot be raised on it");
                }
                return new ResolvedScope(scope, List.of(ref));
            });
            case PARTNERSHIP -> partnerships.findById(ref).map(p -> {
                if (p == null) {
                    throw ChallengeProblem.UNKNOWN_SCOPE_REF.exception("scope.ref: partnership " + ref
                            + " is not known (no event of partnership-service has described it)");
                }
                return new ResolvedScope(scope, p.members());
            });
        };
    }

    /** The regions an existing challenge's scope concerns now. */
    public Uni<List<String>> regionsOf(Scope scope) {
        return switch (scope.type()) {
            case COMMUNITY -> Uni.createFrom().item(List.of());
            case REGION -> Uni.createFrom().item(List.of(scope.ref()));
            case PARTNERSHIP -> partnerships.findById(scope.ref()).map(p -> p == null ? List.<String>of() : p.members());
        };
    }
}
