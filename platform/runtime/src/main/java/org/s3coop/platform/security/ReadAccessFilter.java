package org.s3coop.platform.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Reads are open by default. With {@code s3coop.security.public-read=false} every read of {@code /api/v1} needs a
 * token with role viewer, editor or admin.
 *
 * <p>When there is nothing to check (public reads, a write, a path outside {@code /api/}) the filter answers no
 * {@code Uni} at all ({@code null}): RESTEasy Reactive then goes on at once ({@code FilterUtil.handleUniResponse}),
 * where an already resolved {@code Uni} would still suspend the request, subscribe and resume it — on every request
 * of every service (docs/performance.md, "Issue 18, stop 28").
 */
public class ReadAccessFilter {
    @ConfigProperty(name = "s3coop.security.public-read", defaultValue = "true")
    boolean publicRead;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> requireViewer(ContainerRequestContext ctx) {
        String method = ctx.getMethod();
        if (publicRead || !(method.equals("GET") || method.equals("HEAD"))
                || !ctx.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        return identities.getDeferredIdentity()
                .onFailure().transform(f -> new AuthenticationFailedException(f))
                .map(id -> {
                    if (id.isAnonymous()) {
                        throw new UnauthorizedException();
                    }
                    if (!(id.hasRole(Caller.VIEWER) || id.hasRole(Caller.EDITOR) || id.hasRole(Caller.ADMIN))) {
                        throw new ForbiddenException();
                    }
                    return null;
                });
    }
}
