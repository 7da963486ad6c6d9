package org.s3coop.platform.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;
import org.s3coop.platform.problem.ProblemException;

/** ETags carry the version of a resource; {@code If-Match} must name the current one. */
public final class Versions {
    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the body and its ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(etag(version)).build();
    }

    /**
     * 200 with the body and its ETag, typed: a method that answers {@code Uni<RestResponse<View>>} lets RESTEasy
     * Reactive choose the body's writer once, at build time, where a {@code Response} makes it look the writer up for
     * the entity's class on every request (the single-resource reads, docs/performance.md "Issue 18, stop 28").
     */
    public static <T> RestResponse<T> okTyped(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(etag(version)).build();
    }

    /**
     * Refuses the request with 412 when {@code ifMatch} is present and names none of the current version
     * ({@code "3"}, {@code W/"3"}, a list, or {@code *}). An absent header is allowed: the write then applies to
     * whatever version is current.
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw ProblemException.staleVersion(currentVersion);
    }
}
