package org.s3coop.platform.db;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Unremovable;
import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * Creates the reactive PostgreSQL pool the way Quarkus would, with two waits bounded that Quarkus leaves at the
 * Vert.x defaults (30 s to get a connection from the pool, 60 s to open one): while the database is unreachable a
 * request then fails within {@code s3coop.db.acquire-timeout} and is answered 503 problem+json with Retry-After
 * (platform ProblemMappers) instead of hanging. docs/operations.md, "When PostgreSQL is away".
 */
@ApplicationScoped
@Unremovable
public class BoundedDatabaseWaits implements PgPoolCreator {
    @ConfigProperty(name = "s3coop.db.connect-timeout", defaultValue = "3s")
    Duration connectTimeout;
    @ConfigProperty(name = "s3coop.db.acquire-timeout", defaultValue = "5s")
    Duration acquireTimeout;

    @Override
    public Pool create(Input input) {
        PoolOptions pool = input.poolOptions()
                .setConnectionTimeout((int) acquireTimeout.toMillis())
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        List<PgConnectOptions> databases = input.pgConnectOptionsList();
        for (PgConnectOptions database : databases) {
            database.setConnectTimeout((int) connectTimeout.toMillis());
        }
        return PgPool.pool(input.vertx(), databases, pool);
    }
}
