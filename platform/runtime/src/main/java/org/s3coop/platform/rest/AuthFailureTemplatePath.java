package org.s3coop.platform.rest;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.core.Deployment;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.resteasy.reactive.server.runtime.observability.ObservabilityIntegrationRecorder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * The URI template of a request whose authentication fails, worked out when it fails instead of on every request.
 *
 * <p>Why: the metrics' request timer is tagged with the URI template ({@code /api/v1/regions/{code}}). For a request
 * that RESTEasy Reactive matches, its own handler sets the template for free. For one whose authentication fails
 * first (an invalid token), Quarkus REST (3.33, {@code ResteasyReactiveRecorder.defaultAuthFailureHandler}, right after
 * the authentication filter) swaps the HTTP layer's default auth-failure handler for one that fails the routing
 * context, and — because authentication is lazy and might fail later — computes the template <em>right away, on
 * every request</em>: {@code ObservabilityIntegrationRecorder.setTemplatePath} builds a new {@code RequestMapper} over
 * every resource class and matches the path against it. That was 2.7–4.9 % of a single-resource read's CPU
 * (docs/performance.md, "Issue 18, stop 24" and "stop 28") for a value that a successful request never reads.
 *
 * <p>This filter runs in the same place first (the same priority as the authentication filter, registered after it,
 * so Vert.x orders it after that one and before Quarkus' swap) and puts in a handler that does exactly what Quarkus'
 * does on a failure — marks the failure, fails the context with its root cause, so that the exception mappers answer
 * with problem+json — and computes the template only then. Quarkus' swap then finds no default handler and does
 * nothing. A failure therefore carries the same {@code uri} tag as before (the test
 * {@code AuthFailureMetricsTest} of region-service reads it from {@code /q/metrics}).
 */
@ApplicationScoped
public class AuthFailureTemplatePath {
    /** The authentication filter's priority ({@code FilterBuildItem.AUTHENTICATION}); Quarkus' swap runs at 199. */
    static final int PRIORITY = 200;
    private static final Logger LOG = Logger.getLogger(AuthFailureTemplatePath.class);

    /** Stateless, so one for every request (Quarkus allocates its own per request). */
    private static final BiConsumer<RoutingContext, Throwable> ON_FAILURE = AuthFailureTemplatePath::failed;

    void install(@Observes Filters filters) {
        filters.register(AuthFailureTemplatePath::replace, PRIORITY);
    }

    static void replace(RoutingContext rc) {
        if (rc.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
            rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ON_FAILURE);
        }
        rc.next();
    }

    static void failed(RoutingContext rc, Throwable failure) {
        Deployment deployment = ResteasyReactiveRecorder.getCurrentDeployment();
        if (deployment != null) {
            try {
                ObservabilityIntegrationRecorder.setTemplatePath(rc, deployment);
            } catch (RuntimeException e) {
                LOG.debug("No URI template for the failed request", e);
            }
        }
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(rc, failure);
        if (!rc.failed()) {
            rc.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    }
}
