package org.s3coop.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * The ceiling of this stack for a stage transition: the SQL statements partnership-service issues for one, in one
 * transaction on the same reactive PostgreSQL client and pool size, without the framework, the token, the validation
 * and the rules. ADVANCE (to MAPPING): {@code BEGIN}, the row lock, the gate's inputs (the members in the region read
 * model, the open blocking challenges), the history row with its generated key, the row update, the audit entry, the
 * outbox row (whose trigger notifies on commit), {@code COMMIT}; REVERT (to SCOPING) the same without the gate's
 * queries. It runs on copies of the tables ({@code bench_partnership}, ...; {@link #prepare}, same columns, indexes,
 * keys and trigger), so that it neither changes the service's partnerships nor feeds the service's relay.
 */
final class BaselineWrites {
    private static final String PREPARE = """
            drop table if exists bench_outbox_event, bench_audit_entry, bench_stage_transition, bench_partnership;
            create table bench_partnership (like partnership including all);
            insert into bench_partnership select * from partnership;
            create table bench_stage_transition (like stage_transition including all);
            alter table bench_stage_transition add foreign key (partnership_id) references bench_partnership (id);
            create table bench_audit_entry (like audit_entry including all);
            create table bench_outbox_event (like outbox_event including all);
            create or replace function bench_outbox_notify() returns trigger language plpgsql as $$
            begin
                perform pg_notify('bench_outbox', '');
                return null;
            end
            $$;
            create trigger bench_outbox_event_notify after insert on bench_outbox_event
                for each statement execute function bench_outbox_notify();
            analyze bench_partnership;
            """;

    private BaselineWrites() {
    }

    /** (Re)creates the copies of the tables, with the partnerships as they are now. */
    static Future<Void> prepare(PgPool pool) {
        return pool.query(PREPARE).execute().mapEmpty();
    }

    /** One transition, as the body's {@code action} says (ADVANCE or REVERT); null when there is no such row. */
    static Future<JsonObject> transition(PgPool pool, UUID id, JsonObject body) {
        boolean advance = "ADVANCE".equals(body.getString("action"));
        return pool.withTransaction(c -> c.preparedQuery("select * from bench_partnership where id = $1 for update")
                .execute(Tuple.of(id)).compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.succeededFuture(null);
                    }
                    Row p = rows.iterator().next();
                    String[] members = Arrays.stream(p.getString("member_codes").split("\\|")).filter(m -> !m.isEmpty())
                            .toArray(String[]::new);
                    Future<Void> gate = advance ? gate(c, id, members) : Future.succeededFuture();
                    return gate.compose(v -> write(c, p, advance ? "MAPPING" : "SCOPING", advance ? "ADVANCE" : "REVERT"));
                }));
    }

    /** The gate's inputs: the members as the region read model knows them, the open blocking challenges. */
    private static Future<Void> gate(SqlConnection c, UUID id, String[] members) {
        return c.preparedQuery("select * from known_region where code = any($1)").execute(Tuple.of((Object) members))
                .compose(known -> c.preparedQuery("select count(*) from tracked_challenge where blocking = true and "
                        + "(partnership_id = $1 or region_code = any($2))").execute(Tuple.of(id.toString(), (Object) members)))
                .mapEmpty();
    }

    private static Future<JsonObject> write(SqlConnection c, Row p, String to, String action) {
        UUID id = p.getUUID("id");
        String from = p.getString("stage");
        long version = p.getLong("version") + 1;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        JsonObject view = BaselineServer.partnership(p).put("stage", to).put("version", version)
                .put("updatedAt", now.toString());
        JsonObject changes = new JsonObject().put("stage", new JsonArray().add(from).add(to));
        return c.preparedQuery("insert into bench_stage_transition (partnership_id, action, from_stage, to_stage, "
                + "from_status, to_status, trigger, reason, outcome, actor, occurred_at, version) "
                + "values ($1, $2, $3, $4, $5, $5, $6, $7, null, $8, $9, $10) returning seq")
                .execute(Tuple.from(new Object[] { id, action, from, to, p.getString("status"),
                    "REVERT".equals(action) ? "OTHER" : null, "REVERT".equals(action) ? "benchmark cycle" : null,
                    "bench-admin", now, version }))
                .compose(seq -> c.preparedQuery("update bench_partnership set stage = $2, stage_entered_at = $3, "
                        + "updated_at = $3, version = $4 where id = $1").execute(Tuple.of(id, to, now, version)))
                .compose(updated -> c.preparedQuery("insert into bench_audit_entry (aggregate_type, aggregate_id, entity, "
                        + "entity_id, action, actor, at, changes) values ('partnership', $1, 'partnership', null, $2, $3, $4, "
                        + "$5)").execute(Tuple.of(id.toString(), action, "bench-admin", now, changes)))
                .compose(audited -> c.preparedQuery("insert into bench_outbox_event (event_id, topic, record_key, "
                        + "event_type, subject, occurred_at, payload) values ($1, $2, $3, $4, $5, $6, $7)")
                        .execute(Tuple.from(new Object[] { UUID.randomUUID(), "s3coop.partnerships.v1", id.toString(),
                            "org.s3coop.partnership.stage-" + ("ADVANCE".equals(action) ? "advanced" : "reverted") + ".v1",
                            "partnerships/" + id, now, view.encode() })))
                .map(done -> view);
    }
}
