package org.s3coop.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.s3coop.platform.problem.PlatformProblem;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * Refuses a request body larger than {@code s3coop.http.max-body-size} bytes with 413 problem+json before it is
 * read. (Bodies sent without Content-Length are still cut by {@code quarkus.http.limits.max-body-size}.)
 */
@ApplicationScoped
public class BodySizeLimit {
    @ConfigProperty(name = "s3coop.http.max-body-size", defaultValue = "65536")
    long maxBodySize;

    void install(@Observes Router router) {
        router.route().order(-1000).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            long size;
            try {
                size = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                size = Long.MAX_VALUE;
            }
            if (size > maxBodySize) {
                JsonObject problem = new JsonObject()
                        .put("type", PlatformProblem.PAYLOAD_TOO_LARGE.uri())
                        .put("title", PlatformProblem.PAYLOAD_TOO_LARGE.title())
                        .put("status", PlatformProblem.PAYLOAD_TOO_LARGE.status())
                        .put("detail", "The request body has " + length + " bytes; at most " + maxBodySize + " are accepted")
                        .put("instance", rc.request().path());
                rc.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
                        .putHeader("Connection", "close").end(problem.encode());
                return;
            }
            rc.next();
        });
    }
}
