package org.s3coop.challenge.domain;

import java.util.UUID;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.problem.ProblemException;

@Schema(name = "Scope", description = "What the challenge is raised on: a partnership (ref = its id), a region "
        + "(ref = NUTS code) or the whole community (no ref)")
public record Scope(
        @Schema(required = true, example = "PARTNERSHIP") ScopeType type,
        @Schema(example = "0b9f6c1e-8d7a-4d47-9a53-3c1f2f0a2b11",
                description = "PARTNERSHIP: the partnership id; REGION: the NUTS code; COMMUNITY: null", nullable = true) String ref) {

    private static final Pattern NUTS_CODE = Pattern.compile(ContractPatterns.NUTS_CODE);
    private static final String PARTNERSHIP_RULE = "for scope PARTNERSHIP must be the partnership id (a UUID)";

    /**
     * The scope a request names, in the form it is kept in (ref stripped, a blank ref absent, a partnership id in
     * lower case), or 400 on {@code scope.ref} when the ref does not fit the type: COMMUNITY takes none, REGION a
     * NUTS code, PARTNERSHIP a UUID. Whether the ref is known is the read models' business.
     */
    public static Scope requested(ScopeType type, String ref) {
        String given = ref == null || ref.isBlank() ? null : ref.strip();
        return switch (type) {
            case COMMUNITY -> {
                if (given != null) {
                    throw ProblemException.invalid("scope.ref", "must be absent for scope COMMUNITY");
                }
                yield new Scope(ScopeType.COMMUNITY, null);
            }
            case REGION -> {
                if (given == null || !NUTS_CODE.matcher(given).matches()) {
                    throw ProblemException.invalid("scope.ref", "for scope REGION " + ContractPatterns.NUTS_CODE_RULE);
                }
                yield new Scope(ScopeType.REGION, given);
            }
            case PARTNERSHIP -> new Scope(ScopeType.PARTNERSHIP, partnershipId(given));
        };
    }

    private static String partnershipId(String ref) {
        if (ref == null) {
            throw ProblemException.invalid("scope.ref", PARTNERSHIP_RULE);
        }
        try {
            return UUID.fromString(ref).toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("scope.ref", PARTNERSHIP_RULE);
        }
    }
}
