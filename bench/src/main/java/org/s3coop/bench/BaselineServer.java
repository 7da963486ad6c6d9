package org.s3coop.bench;

import java.util.UUID;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * The ceiling of this stack for reads: a bare Vert.x HTTP server with the same reactive PostgreSQL client the
 * services use (Quarkus' vertx-pg-client), serving the same rows as JSON: {@code GET /api/v1/regions/{code}} from the
 * region database and {@code GET /api/v1/partnerships/{id}} from the partnership database. No framework, no
 * validation, no security, no ETag: what is left is HTTP, one indexed SELECT and JSON. The same for writes
 * ({@link BaselineWrites}): {@code POST /api/v1/partnerships/{id}/transitions} runs the SQL statements a stage
 * transition issues, on copies of the tables ({@code POST /prepare-writes} makes them).
 *
 * <p>Arguments: port, region database URL, partnership database URL, user (the same pool size as the services).
 */
public final class BaselineServer {
    private BaselineServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Vertx vertx = Vertx.vertx();
        PgPool regions = pool(vertx, args[1], args[3]);
        PgPool partnerships = pool(vertx, args[2], args[3]);
        vertx.createHttpServer().requestHandler(req -> {
            String path = req.path();
            if (path.startsWith("/api/v1/regions/")) {
                String code = path.substring("/api/v1/regions/".length());
                regions.preparedQuery("select code, name, country, level, nuts_version, priorities, active, version "
                        + "from region where code = $1").execute(Tuple.of(code)).onComplete(ar -> {
                            if (ar.failed()) {
                                req.response().setStatusCode(500).end();
                            } else if (ar.result().size() == 0) {
                                req.response().setStatusCode(404).end();
                            } else {
                                ok(req, region(ar.result().iterator().next()));
                            }
                        });
            } else if (path.startsWith("/api/v1/partnerships/") && path.endsWith("/transitions")) {
                UUID id = UUID.fromString(path.substring("/api/v1/partnerships/".length(), path.length() - "/transitions".length()));
                req.body().compose(body -> BaselineWrites.transition(partnerships, id, body.toJsonObject()))
                        .onComplete(ar -> {
                            if (ar.failed()) {
                                ar.cause().printStackTrace(System.out);
                                req.response().setStatusCode(500).end(String.valueOf(ar.cause()));
                            } else if (ar.result() == null) {
                                req.response().setStatusCode(404).end();
                            } else {
                                ok(req, ar.result());
                            }
                        });
            } else if (path.startsWith("/api/v1/partnerships/")) {
                UUID id = UUID.fromString(path.substring("/api/v1/partnerships/".length()));
                partnerships.preparedQuery("select id, title, priority_family, priority_code, lead_region, members, "
                        + "participants, stage, status, outcome, scoping_note, rescoping_recommended, version, "
                        + "created_at, updated_at from partnership where id = $1").execute(Tuple.of(id)).onComplete(ar -> {
                            if (ar.failed()) {
                                req.response().setStatusCode(500).end();
                            } else if (ar.result().size() == 0) {
                                req.response().setStatusCode(404).end();
                            } else {
                                ok(req, partnership(ar.result().iterator().next()));
                            }
                        });
            } else if (path.equals("/prepare-writes")) {
                BaselineWrites.prepare(partnerships).onComplete(ar -> req.response()
                        .setStatusCode(ar.succeeded() ? 200 : 500).end(ar.succeeded() ? "ok" : String.valueOf(ar.cause())));
            } else if (path.equals("/ready")) {
                req.response().end("ok");
            } else {
                req.response().setStatusCode(404).end();
            }
        }).listen(port).onSuccess(s -> System.out.println("baseline listening on " + port))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }

    private static PgPool pool(Vertx vertx, String url, String user) {
        PgConnectOptions connect = PgConnectOptions.fromUri(url).setUser(user).setCachePreparedStatements(true);
        return PgPool.pool(vertx, connect, new PoolOptions().setMaxSize(20));
    }

    private static void ok(HttpServerRequest req, JsonObject body) {
        req.response().putHeader("Content-Type", "application/json").end(body.toBuffer());
    }

    static JsonObject region(Row r) {
        String code = r.getString("code");
        return new JsonObject().put("code", code).put("name", r.getString("name")).put("country", r.getString("country"))
                .put("level", r.getInteger("level")).put("nutsVersion", r.getString("nuts_version"))
                .put("priorities", new JsonArray(r.getString("priorities"))).put("active", r.getBoolean("active"))
                .put("version", r.getLong("version"));
    }

    static JsonObject partnership(Row r) {
        JsonObject p = new JsonObject().put("id", r.getUUID("id").toString()).put("title", r.getString("title"))
                .put("priority", new JsonObject().put("family", r.getString("priority_family"))
                        .put("code", r.getString("priority_code")))
                .put("leadRegion", r.getString("lead_region"))
                .put("members", new JsonArray(r.getString("members")))
                .put("participants", new JsonArray(r.getString("participants")))
                .put("stage", r.getString("stage")).put("status", r.getString("status"))
                .put("outcome", r.getString("outcome"))
                .put("rescopingRecommended", r.getBoolean("rescoping_recommended"))
                .put("version", r.getLong("version"))
                .put("createdAt", r.getOffsetDateTime("created_at").toString())
                .put("updatedAt", r.getOffsetDateTime("updated_at").toString());
        String note = r.getString("scoping_note");
        p.put("evidence", new JsonObject().put("scopingNote", note == null ? null : new JsonObject(note)));
        return p;
    }
}
