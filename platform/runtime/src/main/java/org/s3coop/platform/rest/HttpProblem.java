package org.s3coop.platform.rest;

import org.s3coop.platform.problem.ProblemType;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * A problem+json answer written by an HTTP-layer handler, before the request reaches the REST layer (and its
 * {@code ProblemMappers}): request limits, CORS refusals. Same members as {@link org.s3coop.platform.problem.Problem}.
 */
final class HttpProblem {
    private HttpProblem() {
    }

    /** Answers {@code type} with {@code detail}; {@code close} also closes the connection (a body left unread). */
    static void send(RoutingContext rc, ProblemType type, String detail, boolean close) {
        String path = rc.request().path();
        JsonObject problem = new JsonObject()
                .put("type", type.uri())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", detail)
                .put("instance", path == null ? "/" : path);
        HttpServerResponse response = rc.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(type.status()).putHeader("Content-Type", "application/problem+json");
        if (close) {
            response.putHeader("Connection", "close");
        }
        response.end(problem.encode());
    }
}
