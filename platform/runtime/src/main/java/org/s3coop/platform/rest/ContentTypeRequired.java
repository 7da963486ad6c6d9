package org.s3coop.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.s3coop.platform.problem.PlatformProblem;
import org.s3coop.platform.problem.ProblemMappers;

/**
 * A request body under {@code /api/} must say what it is: a body sent without {@code Content-Type} is refused with
 * 415 problem+json (the framework would otherwise read it as JSON), like a body of another type.
 */
public class ContentTypeRequired {

    @ServerRequestFilter
    public Response requireContentType(ContainerRequestContext ctx) {
        if (ctx.getMediaType() != null || !ctx.getUriInfo().getPath().startsWith("/api/") || !hasBody(ctx)) {
            return null;
        }
        return ProblemMappers.respond(PlatformProblem.UNSUPPORTED_MEDIA_TYPE.problem(
                "The request has a body but no Content-Type; send application/json"), ctx.getUriInfo());
    }

    private static boolean hasBody(ContainerRequestContext ctx) {
        String length = ctx.getHeaderString("Content-Length");
        if (length != null) {
            try {
                return Long.parseLong(length.trim()) > 0;
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return ctx.getHeaderString("Transfer-Encoding") != null;
    }
}
