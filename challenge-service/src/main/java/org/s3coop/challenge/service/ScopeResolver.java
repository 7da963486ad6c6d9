package org.s3coop.challenge.service;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.ChallengeProblem;
import org.s3coop.challenge.domain.Scope;
import org.s3coop.challenge.domain.ScopeType;
import org.s3coop.challenge.repository.KnownPartnershipRepository;
import org.s3coop.challenge.repository.KnownRegionRepository;
import org.s3coop.challenge.rest.dto.Codes;
import org.s3coop.challenge.rest.dto.ScopeInput;
import org.s3coop.platform.problem.ProblemException;

import io.smallrye.mutiny.Uni;

/**
 * Checks a scope against the read models: a PARTNERSHIP ref must be a partnership id and a REGION ref an active
 * region known from the other services' events (422 otherwise); COMMUNITY takes no ref.
 */
@ApplicationScoped
public class ScopeResolver {
    private static final Pattern NUTS = Pattern.compile(Codes.NUTS);

    @Inject
    KnownRegionRepository regions;
    @Inject
    KnownPartnershipRepository partnerships;

    public Uni<ResolvedScope> resolve(ScopeInput input) {
        String ref = input.ref() == null || input.ref().isBlank() ? null : input.ref().strip();
        return switch (input.type()) {
            case COMMUNITY -> {
                if (ref != null) {
                    throw ProblemException.invalid("scope.ref", "must be absent for scope COMMUNITY");
                }
                yield Uni.createFrom().item(new ResolvedScope(new Scope(ScopeType.COMMUNITY, null), List.of()));
            }
            case REGION -> {
                if (ref == null || !NUTS.matcher(ref).matches()) {
                    throw ProblemException.invalid("scope.ref", "for scope REGION " + Codes.NUTS_RULE);
                }
                yield regions.findById(ref).map(r -> {
                    if (r == null) {
                        throw ChallengeProblem.UNKNOWN_SCOPE_REF.exception("scope.ref: region " + ref
                                + " is not known (no event of region-service has registered it)");
                    }
                    if (!r.active) {
                        throw ChallengeProblem.RETIRED_REGION.exception("scope.ref: region " + ref
                                + " is retired; challenges cannot be raised on it");
                    }
                    return new ResolvedScope(new Scope(ScopeType.REGION, ref), List.of(ref));
                });
            }
            case PARTNERSHIP -> {
                String id = partnershipId(ref);
                yield partnerships.findById(id).map(p -> {
                    if (p == null) {
                        throw ChallengeProblem.UNKNOWN_SCOPE_REF.exception("scope.ref: partnership " + id
                                + " is not known (no event of partnership-service has described it)");
                    }
                    return new ResolvedScope(new Scope(ScopeType.PARTNERSHIP, id), p.members());
                });
            }
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

    private static String partnershipId(String ref) {
        if (ref == null) {
            throw ProblemException.invalid("scope.ref", "for scope PARTNERSHIP must be the partnership id (a UUID)");
        }
        try {
            return UUID.fromString(ref).toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("scope.ref", "for scope PARTNERSHIP must be the partnership id (a UUID)");
        }
    }
}
