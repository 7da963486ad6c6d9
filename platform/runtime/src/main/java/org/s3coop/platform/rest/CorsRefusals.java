package org.s3coop.platform.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.s3coop.platform.problem.PlatformProblem;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The requests the HTTP server's CORS filter ({@code quarkus.http.cors.*}) would refuse with a bare 403, refused
 * here first with problem+json, by the same rules: a request with an {@code Origin} that is neither listed in
 * {@code quarkus.http.cors.origins} (exactly, or by a {@code /regex/} entry) nor the server's own origin is refused
 * ({@code cors-origin-refused}); a request from a listed origin with a method not in
 * {@code quarkus.http.cors.methods} (e.g. a cross-origin write) is refused ({@code cors-method-refused}); a
 * preflight ({@code OPTIONS} with {@code Access-Control-Request-Method} or {@code -Headers}) from a listed origin is
 * left to the filter.
 * Neither answer carries {@code Access-Control-Allow-*} headers.
 */
@ApplicationScoped
public class CorsRefusals {
    /** Right before the framework's CORS filter (order -300). */
    static final int ORDER = -301;

    @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false")
    boolean enabled;
    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> origins;
    @ConfigProperty(name = "quarkus.http.cors.methods")
    Optional<List<String>> methods;

    private CorsRule rule;

    void install(@Observes Router router) {
        if (!enabled) {
            return;
        }
        rule = new CorsRule(origins.orElse(List.of()), methods.orElse(List.of()));
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String origin = request.getHeader("Origin");
        if (origin == null) {
            rc.next();
            return;
        }
        String own = request.scheme() + "://" + request.authority();
        boolean preflight = request.getHeader("Access-Control-Request-Method") != null
                || request.getHeader("Access-Control-Request-Headers") != null;
        switch (rule.judge(origin, own, request.method().name(), preflight)) {
            case ORIGIN_REFUSED -> {
                rc.response().putHeader("Vary", "Origin");
                HttpProblem.send(rc, PlatformProblem.CORS_ORIGIN_REFUSED, "Origin " + origin
                        + " may not call this API from a browser; the operator lists the allowed origins (S3COOP_CORS_ORIGINS)",
                        false);
            }
            case METHOD_REFUSED -> HttpProblem.send(rc, PlatformProblem.CORS_METHOD_REFUSED, request.method().name()
                    + " is not allowed cross-origin (only " + rule.methods() + "); send writes from your own back end",
                    false);
            default -> rc.next();
        }
    }

    /** The CORS filter's decision, as a pure function (unit-tested). */
    record CorsRule(List<String> origins, Set<String> methods, List<Pattern> patterns) {
        enum Verdict { ALLOWED, ORIGIN_REFUSED, METHOD_REFUSED }

        CorsRule(List<String> origins, List<String> methods) {
            this(List.copyOf(origins), methods.stream().map(m -> m.trim().toUpperCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet()),
                    origins.stream().filter(o -> o.length() > 1 && o.startsWith("/") && o.endsWith("/"))
                            .map(o -> Pattern.compile(o.substring(1, o.length() - 1))).toList());
        }

        Verdict judge(String origin, String ownOrigin, String method, boolean preflight) {
            if (origins.size() == 1 && ("*".equals(origins.get(0)) || "/.*/".equals(origins.get(0)))) {
                return Verdict.ALLOWED;
            }
            boolean listed = origins.contains(origin) || patterns.stream().anyMatch(p -> p.matcher(origin).matches());
            if (!listed) {
                return sameOrigin(origin, ownOrigin) ? Verdict.ALLOWED : Verdict.ORIGIN_REFUSED;
            }
            if (preflight && "OPTIONS".equals(method)) {
                return Verdict.ALLOWED;
            }
            return methods.isEmpty() || methods.contains("*") || methods.contains(method) ? Verdict.ALLOWED
                    : Verdict.METHOD_REFUSED;
        }

        /** Scheme, host and port alike (a port left out is the scheme's default). */
        static boolean sameOrigin(String origin, String ownOrigin) {
            if (origin.equals(ownOrigin)) {
                return true;
            }
            try {
                URI a = URI.create(origin);
                URI b = URI.create(ownOrigin);
                return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
                        && a.getHost().equalsIgnoreCase(b.getHost()) && (a.getPath() == null || a.getPath().isEmpty())
                        && port(a) == port(b);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private static int port(URI u) {
            if (u.getPort() != -1) {
                return u.getPort();
            }
            return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
        }
    }
}
