package org.s3coop.platform.idempotency;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The {@code idempotency_key} table. Every method but {@link #removeExpired()} works in the caller's transaction
 * (call inside {@code Panache.withTransaction}), the one in which the request makes its change.
 */
@ApplicationScoped
public class IdempotencyKeys {
    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);
    /** First key of the two-key advisory locks held by running requests ("IDK"); other locks use one bigint key. */
    private static final int LOCK_SPACE = 0x49444B;
    private static final String WHERE = " where caller = :caller and http_method = :method and request_path = :path "
            + "and idempotency_key = :key";

    @ConfigProperty(name = "s3coop.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    @Inject
    Pool pool;

    /** A key's recorded answer, with the hash of the request that got it. */
    public record Recorded(String requestHash, StoredResponse response, boolean expired) {
    }

    /**
     * Takes the key for this transaction, or answers false at once when another request holding it is still
     * running. The lock ends with the transaction, so a request that crashes or fails frees its key. The lock is
     * named by a 32-bit hash of the scope: if two different keys running at the same moment shared it, the second
     * would get a 409 and retry; it never gets the other's answer (answers are looked up by the full scope).
     */
    Uni<Boolean> tryLock(KeyScope scope) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select pg_try_advisory_xact_lock(:space, hashtext(:name))", Boolean.class)
                .setParameter("space", LOCK_SPACE)
                .setParameter("name", scope.lockName())
                .getSingleResult());
    }

    Uni<Optional<Recorded>> find(KeyScope scope) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select request_hash, response_status, location, "
                + "etag, content_type, response_body, created_at < :cutoff from idempotency_key" + WHERE, Object[].class)
                .setParameter("cutoff", cutoff())
                .setParameter("caller", scope.caller())
                .setParameter("method", scope.method())
                .setParameter("path", scope.path())
                .setParameter("key", scope.key())
                .getResultList())
                .map(IdempotencyKeys::first);
    }

    private static Optional<Recorded> first(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new Recorded((String) r[0], new StoredResponse(((Number) r[1]).intValue(), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5]), Boolean.TRUE.equals(r[6])));
    }

    Uni<Void> forget(KeyScope scope) {
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from idempotency_key" + WHERE)
                .setParameter("caller", scope.caller())
                .setParameter("method", scope.method())
                .setParameter("path", scope.path())
                .setParameter("key", scope.key())
                .executeUpdate())
                .replaceWithVoid();
    }

    Uni<Void> record(KeyScope scope, String requestHash, StoredResponse response) {
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into idempotency_key (caller, http_method, "
                + "request_path, idempotency_key, request_hash, response_status, location, etag, content_type, "
                + "response_body) values (:caller, :method, :path, :key, :hash, :status, :location, :etag, :type, :body)")
                .setParameter("caller", scope.caller())
                .setParameter("method", scope.method())
                .setParameter("path", scope.path())
                .setParameter("key", scope.key())
                .setParameter("hash", requestHash)
                .setParameter("status", response.status())
                .setParameter("location", response.location())
                .setParameter("etag", response.etag())
                .setParameter("type", response.contentType())
                .setParameter("body", response.body())
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Deletes the answers older than {@code s3coop.idempotency.retention} (a retry after that is a new request). */
    @Scheduled(every = "${s3coop.idempotency.cleanup-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> removeExpired() {
        return pool.preparedQuery("delete from idempotency_key where created_at < $1").execute(Tuple.of(cutoff()))
                .invoke(rows -> {
                    if (rows.rowCount() > 0) {
                        LOG.debugf("removed %d expired idempotency keys", rows.rowCount());
                    }
                })
                .replaceWithVoid()
                .onFailure().recoverWithUni(f -> {
                    LOG.warnf("expired idempotency keys not removed this time: %s", f.toString());
                    return Uni.createFrom().voidItem();
                });
    }

    private OffsetDateTime cutoff() {
        return OffsetDateTime.now().minus(retention);
    }
}
