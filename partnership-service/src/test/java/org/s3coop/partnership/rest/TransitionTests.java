package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.transition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.s3coop.partnership.support.Db;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.partnership.support.StayCells;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** The state machine: every action from every state, allowed and refused; If-Match; concurrency; history. */
@QuarkusTest
class TransitionTests {
    private static final String PROBLEM = "application/problem+json";
    private static final List<String> STAGES = List.of("SCOPING", "MAPPING", "PILOT", "SCALE_UP");

    private static void refused(String token, String id, String body, int status, String type) {
        long version = Partnerships.version(id);
        transition(token, id, body).then().statusCode(status).contentType(PROBLEM)
                .body("type", equalTo("https://s3coop.org/problems/" + type));
        assertEquals(version, Partnerships.version(id), "a refused transition changes nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = { "SCOPING", "MAPPING", "PILOT", "SCALE_UP" })
    void fromEachStageActiveThenOnHoldThenClosed(String stage) {
        String[] p = Partnerships.fullyEvidenced();
        String id = p[0];
        String lead = TestTokens.editor(p[1]);
        Partnerships.advanceTo(id, p[1], stage);
        int index = STAGES.indexOf(stage);

        // ACTIVE
        refused(lead, id, "{\"action\":\"RESUME\"}", 409, "invalid-transition");
        for (int later = index; later < STAGES.size(); later++) {
            refused(lead, id, "{\"action\":\"REVERT\",\"targetStage\":\"" + STAGES.get(later)
                    + "\",\"trigger\":\"OTHER\",\"reason\":\"r\"}", 409, "invalid-transition");
        }
        if (stage.equals("SCALE_UP")) {
            refused(lead, id, "{\"action\":\"ADVANCE\"}", 409, "invalid-transition");
        } else {
            String beyond = STAGES.get(Math.min(index + 2, 3));
            if (index + 2 <= 3) {
                refused(lead, id, "{\"action\":\"ADVANCE\",\"targetStage\":\"" + beyond + "\"}", 409, "invalid-transition");
            }
        }
        transition(lead, id, "{\"action\":\"HOLD\",\"reason\":\"waiting for a call\"}").then().statusCode(200)
                .body("status", equalTo("ON_HOLD")).body("stage", equalTo(stage));

        // ON_HOLD
        refused(lead, id, "{\"action\":\"HOLD\"}", 409, "invalid-transition");
        refused(lead, id, "{\"action\":\"ADVANCE\"}", 409, stage.equals("SCALE_UP") ? "invalid-transition" : "gate-criteria-unmet");
        if (index > 0) {
            refused(lead, id, "{\"action\":\"REVERT\",\"targetStage\":\"SCOPING\",\"trigger\":\"OTHER\",\"reason\":\"r\"}",
                    409, "invalid-transition");
        }
        transition(lead, id, "{\"action\":\"RESUME\"}").then().statusCode(200).body("status", equalTo("ACTIVE"));

        // ACTIVE → CLOSED
        transition(lead, id, "{\"action\":\"CLOSE\",\"outcome\":\"COMPLETED\",\"reason\":\"done\"}").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("COMPLETED")).body("stage", equalTo(stage));

        // CLOSED: nothing moves, nothing changes
        for (String body : List.of("{\"action\":\"ADVANCE\"}", "{\"action\":\"HOLD\"}", "{\"action\":\"RESUME\"}",
                "{\"action\":\"CLOSE\",\"outcome\":\"DISCONTINUED\"}",
                "{\"action\":\"REVERT\",\"targetStage\":\"SCOPING\",\"trigger\":\"OTHER\",\"reason\":\"r\"}")) {
            refused(TestTokens.admin(), id, body, 409, "partnership-closed");
        }
        Partnerships.evidence(lead, id, "scoping-note", "{\"objective\":\"x\"}").then().statusCode(409)
                .body("type", equalTo("https://s3coop.org/problems/partnership-closed"));
        Partnerships.as(lead).body("{}").put(BASE + "/" + id + "/members/" + p[2]).then().statusCode(409);

        // ON_HOLD → CLOSED
        String[] q = Partnerships.fullyEvidenced();
        Partnerships.advanceTo(q[0], q[1], stage);
        transition(TestTokens.editor(q[1]), q[0], "{\"action\":\"HOLD\"}").then().statusCode(200);
        transition(TestTokens.editor(q[1]), q[0], "{\"action\":\"CLOSE\",\"outcome\":\"DISCONTINUED\"}").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("DISCONTINUED"));
    }

    @ParameterizedTest
    @CsvSource({ "MAPPING,SCOPING", "PILOT,SCOPING", "PILOT,MAPPING", "SCALE_UP,SCOPING", "SCALE_UP,MAPPING",
            "SCALE_UP,PILOT" })
    void revertsToAnyEarlierStage(String from, String to) {
        String[] p = Partnerships.fullyEvidenced();
        Partnerships.advanceTo(p[0], p[1], from);
        transition(TestTokens.editor(p[1]), p[0], "{\"action\":\"REVERT\",\"targetStage\":\"" + to
                + "\",\"trigger\":\"PARTICIPATION_CHANGED\",\"reason\":\"a partner left\"}")
                .then().statusCode(200).body("stage", equalTo(to)).body("status", equalTo("ACTIVE"));
        // and can advance again through the gates
        Partnerships.advance(TestTokens.editor(p[1]), p[0]).then().statusCode(200)
                .body("stage", equalTo(STAGES.get(STAGES.indexOf(to) + 1)));
    }

    @Test
    void revertIsRefusedFromScoping() {
        String[] p = Partnerships.fullyEvidenced();
        refused(TestTokens.editor(p[1]), p[0], "{\"action\":\"REVERT\",\"targetStage\":\"SCOPING\",\"trigger\":\"OTHER\",\"reason\":\"r\"}",
                409, "invalid-transition");
    }

    @Test
    void everyTransitionIsForTheEditorsOfAnActiveLeadRegionAndAdmins() {
        String[] p = Partnerships.fullyEvidenced();
        String id = p[0];
        String partner = TestTokens.editor(p[2]);
        String outsider = TestTokens.editor(Regions.newCode("FR"));
        for (String body : List.of("{\"action\":\"ADVANCE\"}", "{\"action\":\"CLOSE\",\"outcome\":\"COMPLETED\"}",
                "{\"action\":\"HOLD\"}", "{\"action\":\"DISMISS_RESCOPING\",\"reason\":\"r\"}")) {
            refused(partner, id, body, 403, "forbidden");
        }
        transition(partner, id, "{\"action\":\"HOLD\"}").then().statusCode(403).body("missingRight", equalTo("HOLD"))
                .body("detail", containsString("[" + p[1] + "]"));
        refused(outsider, id, "{\"action\":\"HOLD\"}", 403, "forbidden");
        refused(TestTokens.viewer(), id, "{\"action\":\"HOLD\"}", 403, "forbidden");
        refused(null, id, "{\"action\":\"HOLD\"}", 401, "unauthenticated");
        refused(TestTokens.wrongIssuer(p[1]), id, "{\"action\":\"HOLD\"}", 401, "unauthenticated");
        transition(TestTokens.editor(p[1]), id, "{\"action\":\"HOLD\"}").then().statusCode(200);
        transition(TestTokens.editor(p[1]), id, "{\"action\":\"RESUME\"}").then().statusCode(200);
        transition(TestTokens.admin(), id, "{\"action\":\"ADVANCE\"}").then().statusCode(200).body("stage", equalTo("MAPPING"));
        // made a co-lead, the partner's editors run the partnership too
        Partnerships.as(TestTokens.editor(p[1])).body("{\"role\":\"lead\"}").put(BASE + "/" + id + "/members/" + p[2])
                .then().statusCode(200);
        transition(partner, id, "{\"action\":\"REVERT\",\"targetStage\":\"SCOPING\",\"trigger\":\"NEW_LEAD_REGION\",\"reason\":\"r\"}")
                .then().statusCode(200);
        transition(partner, id, "{\"action\":\"CLOSE\",\"outcome\":\"COMPLETED\"}").then().statusCode(200);
    }

    @Test
    void badTransitionRequestsAreProblemsAndChangeNothing() {
        String[] p = Partnerships.fullyEvidenced();
        String id = p[0];
        String lead = TestTokens.editor(p[1]);
        Partnerships.advanceTo(id, p[1], "MAPPING");
        long version = Partnerships.version(id);
        transition(lead, id, "{}").then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItems("action"));
        transition(lead, id, "{\"action\":\"JUMP\"}").then().statusCode(400).body("violations.field", hasItems("action"));
        transition(lead, id, "{\"action\":\"REVERT\"}").then().statusCode(400)
                .body("violations.field", hasItems("targetStage", "trigger", "reason"));
        transition(lead, id, "{\"action\":\"REVERT\",\"targetStage\":\"SCOPING\",\"trigger\":\"BORED\",\"reason\":\"r\"}")
                .then().statusCode(400).body("violations.field", hasItems("trigger"));
        transition(lead, id, "{\"action\":\"REVERT\",\"targetStage\":\"SCOPING\",\"trigger\":\"OTHER\",\"reason\":\"  \"}")
                .then().statusCode(400).body("violations.field", hasItems("reason"));
        transition(lead, id, "{\"action\":\"CLOSE\"}").then().statusCode(400).body("violations.field", hasItems("outcome"));
        transition(lead, id, "{\"action\":\"HOLD\",\"outcome\":\"COMPLETED\",\"trigger\":\"OTHER\",\"targetStage\":\"PILOT\"}")
                .then().statusCode(400).body("violations.field", hasItems("outcome", "trigger", "targetStage"));
        transition(lead, id, "{\"action\":\"HOLD\",\"when\":\"now\"}").then().statusCode(400).body("violations.field", hasItems("when"));
        transition(lead, id, "{\"action\":").then().statusCode(400).contentType(PROBLEM);
        transition(lead, "4efccbb8-46be-40ff-8ff6-027be54f6d5e", "{\"action\":\"HOLD\"}").then().statusCode(404);
        transition(lead, "nope", "{\"action\":\"HOLD\"}").then().statusCode(400);
        assertEquals(version, Partnerships.version(id));
    }

    @Test
    void ifMatchMustNameTheCurrentVersion() {
        String[] p = Partnerships.fullyEvidenced();
        String id = p[0];
        long version = Partnerships.version(id);
        transition(TestTokens.editor(p[1]), id, "{\"action\":\"ADVANCE\"}", version - 1).then().statusCode(412)
                .contentType(PROBLEM).body("detail", containsString("\"" + version + "\""));
        assertEquals(version, Partnerships.version(id));
        transition(TestTokens.editor(p[1]), id, "{\"action\":\"ADVANCE\"}", version).then().statusCode(200)
                .header("ETag", equalTo("\"" + (version + 1) + "\""));
    }

    @Test
    void ofConcurrentTransitionsOnTheSameVersionExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            for (int round = 0; round < 3; round++) {
                String[] p = Partnerships.fullyEvidenced();
                String id = p[0];
                long version = Partnerships.version(id);
                String token = TestTokens.editor(p[1]);
                List<String> bodies = List.of("{\"action\":\"ADVANCE\"}", "{\"action\":\"HOLD\"}",
                        "{\"action\":\"CLOSE\",\"outcome\":\"DISCONTINUED\"}", "{\"action\":\"HOLD\",\"reason\":\"b\"}",
                        "{\"action\":\"ADVANCE\",\"targetStage\":\"MAPPING\"}");
                List<Integer> statuses = race(pool, bodies.stream().<Callable<Integer>>map(b -> () ->
                        transition(token, id, b, version).then().extract().statusCode()).toList());
                assertEquals(1, Collections.frequency(statuses, 200), "one winner: " + statuses);
                assertEquals(4, Collections.frequency(statuses, 412), "the others see a newer version: " + statuses);
                assertEquals(version + 1, Partnerships.version(id));
                given().get(BASE + "/" + id + "/history").then().body("", hasSize(2));

                // without If-Match, the loser finds a state it no longer fits (409), never both applied
                String[] q = Partnerships.fullyEvidenced();
                List<Integer> holds = race(pool, List.<Callable<Integer>>of(
                        () -> transition(token(q), q[0], "{\"action\":\"HOLD\"}").then().extract().statusCode(),
                        () -> transition(token(q), q[0], "{\"action\":\"HOLD\"}").then().extract().statusCode()));
                assertEquals(List.of(200, 409), holds.stream().sorted().toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String token(String[] p) {
        return TestTokens.editor(p[1]);
    }

    private static List<Integer> race(ExecutorService pool, List<Callable<Integer>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : futures) {
            statuses.add(f.get(30, TimeUnit.SECONDS));
        }
        return statuses;
    }

    /**
     * The transition's statements are pipelined (the history row with the portfolio's read, then the audit and outbox
     * rows with the cell deltas): when one of them fails, the client gets that statement's problem (not the "transaction
     * aborted" of the one sent behind it) and nothing of the transition is kept — row, history, outbox, cells.
     */
    @ParameterizedTest
    @CsvSource({
            // SQLSTATE 22023 (a data exception) is answered 400 invalid-value
            "stage_transition, partnership_id::text, 22023, 400, invalid-value, SQLSTATE 22023",
            // a unique key taken (23505) and a serialization failure (40001) reach the mapper wrapped in Hibernate's
            // JDBCException (the statements go through SessionSql): still the 409 of the problem catalogue
            "stage_transition, partnership_id::text, 23505, 409, duplicate, already exists",
            "outbox_event, record_key, 22023, 400, invalid-value, SQLSTATE 22023",
            "outbox_event, record_key, 40001, 409, concurrent-modification, read the resource again" })
    void aFailingPipelinedStatementKeepsNothingAndAnswersItsOwnProblem(String table, String key, String sqlState,
            int status, String problemType, String detail) {
        String[] p = Partnerships.fullyEvidenced();
        String id = p[0];
        long version = Partnerships.version(id);
        long history = Db.count("select count(*) from stage_transition where partnership_id = ?::uuid", id);
        long outbox = Db.count("select count(*) from outbox_event where record_key = ?", id);
        String stays = StayCells.kept();
        Db.execute("create function fail_transition_test() returns trigger language plpgsql as $$ begin if new." + key
                + " = '" + id + "' then raise exception 'refused by the test' using errcode = '" + sqlState + "'; end if;"
                + " return new; end $$");
        Db.execute("create trigger fail_transition_test before insert on " + table
                + " for each row execute function fail_transition_test()");
        try {
            // the statement sent behind the failing one fails with 25P02 (a 500 if it were the one answered)
            transition(token(p), id, "{\"action\":\"ADVANCE\"}").then().statusCode(status).contentType(PROBLEM)
                    .body("type", equalTo("https://s3coop.org/problems/" + problemType))
                    .body("status", equalTo(status))
                    .body("detail", containsString(detail));
        } finally {
            Db.execute("drop trigger fail_transition_test on " + table);
            Db.execute("drop function fail_transition_test()");
        }
        assertEquals(version, Partnerships.version(id), "the row is as it was");
        assertEquals(history, Db.count("select count(*) from stage_transition where partnership_id = ?::uuid", id));
        assertEquals(outbox, Db.count("select count(*) from outbox_event where record_key = ?", id));
        assertEquals(stays, StayCells.kept(), "no stay-cell delta of the transition kept");
        transition(token(p), id, "{\"action\":\"ADVANCE\"}").then().statusCode(200).body("stage", equalTo("MAPPING"));
    }

    @Test
    void historyTellsTheWholeStoryWithActors() {
        String[] p = Partnerships.fullyEvidenced();
        String id = p[0];
        String lead = TestTokens.editor(p[1]);
        String partner = TestTokens.editor(p[2]);
        // the partner becomes a co-lead: its editors run the partnership too
        Partnerships.as(TestTokens.admin()).body("{\"role\":\"LEAD\"}").put(BASE + "/" + id + "/members/" + p[2])
                .then().statusCode(200);
        transition(TestTokens.admin(), id, "{\"action\":\"ADVANCE\"}").then().statusCode(200);
        transition(partner, id, "{\"action\":\"HOLD\",\"reason\":\"elections\"}").then().statusCode(200);
        transition(partner, id, "{\"action\":\"RESUME\"}").then().statusCode(200);
        transition(lead, id, "{\"action\":\"REVERT\",\"targetStage\":\"SCOPING\",\"trigger\":\"SCOPE_NOT_GRANULAR\","
                + "\"reason\":\"the scope is too broad to pilot\"}").then().statusCode(200);
        transition(lead, id, "{\"action\":\"CLOSE\",\"outcome\":\"DISCONTINUED\",\"reason\":\"no funding\"}").then().statusCode(200);
        long version = Partnerships.version(id);
        given().get(BASE + "/" + id + "/history").then().statusCode(200)
                .body("", hasSize(6))
                .body("action", equalTo(List.of("PROPOSE", "ADVANCE", "HOLD", "RESUME", "REVERT", "CLOSE")))
                .body("from", equalTo(java.util.Arrays.asList(null, "SCOPING", "MAPPING", "MAPPING", "MAPPING", "SCOPING")))
                .body("to", equalTo(List.of("SCOPING", "MAPPING", "MAPPING", "MAPPING", "SCOPING", "SCOPING")))
                .body("toStatus", equalTo(List.of("ACTIVE", "ACTIVE", "ON_HOLD", "ACTIVE", "ACTIVE", "CLOSED")))
                .body("actor", equalTo(List.of("editor-" + p[1], "admin", "editor-" + p[2], "editor-" + p[2],
                        "editor-" + p[1], "editor-" + p[1])))
                .body("[4].trigger", equalTo("SCOPE_NOT_GRANULAR"))
                .body("[4].reason", equalTo("the scope is too broad to pilot"))
                .body("[2].reason", equalTo("elections"))
                .body("[5].outcome", equalTo("DISCONTINUED"))
                .body("[5].version", equalTo((int) version))
                .body("at.every { it != null }", equalTo(true))
                .body("[0].at", notNullValue());
    }
}
