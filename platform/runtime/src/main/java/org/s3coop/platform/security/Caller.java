package org.s3coop.platform.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.s3coop.platform.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: an admin may change anything; an editor only what concerns the NUTS codes in its
 * {@code regions} claim.
 */
@RequestScoped
public class Caller {
    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String VIEWER = "viewer";

    @Inject
    SecurityIdentity identity;

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> regions() {
        Set<String> regions = new TreeSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim("regions");
            if (claim instanceof Collection<?> values) {
                values.forEach(v -> regions.add(unquote(String.valueOf(v))));
            } else if (claim instanceof jakarta.json.JsonArray array) {
                array.forEach(v -> regions.add(unquote(v.toString())));
            } else if (claim != null) {
                for (String s : claim.toString().split("[,\\s]+")) {
                    if (!s.isBlank()) {
                        regions.add(unquote(s));
                    }
                }
            }
        }
        return regions;
    }

    /** Admins pass; editors pass when one of {@code codes} is theirs; everyone else gets 403. */
    public void requireAnyRegion(Collection<String> codes, String what) {
        if (isAdmin()) {
            return;
        }
        Set<String> mine = regions();
        if (identity.hasRole(EDITOR) && codes.stream().anyMatch(mine::contains)) {
            return;
        }
        throw ProblemException.forbidden("Your token may change " + what + " only as an editor of "
                + (codes.size() == 1 ? "region " + codes.iterator().next() : "one of the regions " + codes)
                + "; your regions are " + mine);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
