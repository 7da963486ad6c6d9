package org.s3coop.platform.idempotency;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.s3coop.platform.problem.PlatformProblem;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.problem.ProblemMappers;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * {@code Idempotency-Key} on a POST: a retry with the same key gets the first answer again and changes nothing.
 *
 * <p>Why an interceptor on the resource method (and not an HTTP filter): it runs inside the request after
 * authentication and validation, and it can open the database transaction in which the resource's service then
 * makes its change ({@code @WithTransaction} joins it). The answer is recorded in that same transaction, so a
 * created resource and its recorded answer commit together or not at all: no crash can leave one without the
 * other, a failed request (4xx/5xx) rolls its key back with its change, and a replay writes no second outbox event.
 *
 * <p>For a request with the header, within one transaction:
 * <ol>
 * <li>take a transaction-scoped advisory lock on (caller, method, path, key), without waiting: if another request
 * with the key is still running, answer 409 with {@code Retry-After} (this lock is the key's IN_PROGRESS state);</li>
 * <li>a recorded answer younger than {@code s3coop.idempotency.retention}: the same body (SHA-256 of its canonical
 * JSON, see {@link RequestFingerprint}) replays it with {@code Idempotency-Replayed: true}; another body is a
 * 422;</li>
 * <li>otherwise run the resource method and, if it answers 2xx/3xx, record the answer.</li>
 * </ol>
 * Requests without the header run as before. A key that is not 1..255 printable ASCII characters is a 400.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900) // inside bean validation (4800): invalid bodies never get here
public class IdempotencyInterceptor {
    private static final Logger LOG = Logger.getLogger(IdempotencyInterceptor.class);
    static final String RETRY_AFTER_SECONDS = "1";

    @Inject
    HttpHeaders headers;
    @Inject
    UriInfo uriInfo;
    @Inject
    Request request;
    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    IdempotencyKeys keys;
    @Inject
    RequestFingerprint fingerprint;
    @Inject
    ObjectMapper json;
    @Inject
    MeterRegistry metrics;

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        String key = KeyScope.keyOf(headers.getRequestHeader(KeyScope.HEADER));
        if (key == null) {
            return ctx.proceed();
        }
        if (ctx.getMethod().getReturnType() != Uni.class) {
            throw new IllegalStateException("@Idempotent needs a method returning Uni: " + ctx.getMethod());
        }
        String method = request.getMethod();
        String path = uriInfo.getPath();
        String hash = fingerprint.of(ctx);
        return identities.getDeferredIdentity().chain(identity -> {
            KeyScope scope = new KeyScope(callerOf(identity), method, path, key);
            return Panache.withTransaction(() -> keys.tryLock(scope).chain(locked -> locked
                    ? answer(ctx, scope, hash)
                    : Uni.createFrom().item(inProgress(scope))));
        });
    }

    private Uni<Object> answer(InvocationContext ctx, KeyScope scope, String hash) {
        return keys.find(scope).chain(found -> {
            Optional<IdempotencyKeys.Recorded> live = found.filter(r -> !r.expired());
            if (live.isPresent()) {
                if (!live.get().requestHash().equals(hash)) {
                    count("mismatch");
                    return Uni.createFrom().failure(PlatformProblem.IDEMPOTENCY_KEY_REUSED.exception(
                            "Idempotency-Key " + scope.key() + " was used for another request body on " + scope.path()
                                    + "; use a new key for a new request"));
                }
                count("replayed");
                LOG.debugf("replaying the answer to %s %s for key %s", scope.method(), scope.path(), scope.key());
                return Uni.createFrom().item(live.get().response().replay());
            }
            Uni<Void> clear = found.isPresent() ? keys.forget(scope) : Uni.createFrom().voidItem();
            return clear.chain(() -> proceed(ctx)).call(result -> {
                StoredResponse answer = StoredResponse.of(result, json);
                if (answer.status() >= 400) {
                    return Uni.createFrom().voidItem();
                }
                count("first");
                return keys.record(scope, hash, answer);
            });
        });
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext ctx) {
        return Uni.createFrom().deferred(() -> {
            try {
                return (Uni<Object>) ctx.proceed();
            } catch (Exception e) {
                return Uni.createFrom().failure(e);
            }
        });
    }

    private Response inProgress(KeyScope scope) {
        count("in-progress");
        Problem problem = PlatformProblem.IDEMPOTENCY_KEY_IN_PROGRESS.exception("A request with Idempotency-Key "
                + scope.key() + " is still being processed; retry after " + RETRY_AFTER_SECONDS + " s").problem();
        return Response.fromResponse(ProblemMappers.respond(problem, uriInfo))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    private void count(String outcome) {
        metrics.counter("s3coop.idempotency.requests", "outcome", outcome).increment();
    }

    /** The token's subject (stable across tokens of one caller), or {@code anonymous}. */
    static String callerOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return "anonymous";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
