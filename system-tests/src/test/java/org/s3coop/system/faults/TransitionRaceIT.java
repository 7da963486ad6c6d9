package org.s3coop.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.system.Suite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 50 clients race transitions on one partnership (half with If-Match, half without): the history is a valid path
 * through the state machine, the version rises by one per accepted transition, losers get 409 or 412
 * problem+json, nobody gets a 5xx. Figures: {@code target/reliability/transition-race.md}.
 */
@ExtendWith(Suite.class)
class TransitionRaceIT {
    private static final int CLIENTS = 50;
    private static final int ROUNDS = 4;
    private static final List<String> STAGES = List.of("SCOPING", "MAPPING", "PILOT", "SCALE_UP");

    private record Try(String action, boolean ifMatch, Api.Reply reply) {
    }

    @Test
    void racingTransitionsLeaveAValidHistory() throws Exception {
        Report.measure("transition-race", "50 clients racing transitions on one partnership", this::run);
    }

    private void run(Report report) throws Exception {
        String id = Fixtures.partnershipOfNewRegions(Fixtures.code("QU"), Fixtures.code("QV"),
                Fixtures.uniqueTitle("Race"));
        assertThat(Api.put(Suite.partnership(), "/api/v1/partnerships/" + id + "/evidence/scoping-note", Fixtures.ADMIN,
                "{\"objective\":\"Compostable trays\",\"draftActionPlan\":\"Joint pilot\"}").status()).isEqualTo(200);
        long startVersion = Api.get(Suite.partnership(), "/api/v1/partnerships/" + id).body().path("version").asLong();
        int historyBefore = Api.get(Suite.partnership(), "/api/v1/partnerships/" + id + "/history").body().size();

        ConcurrentLinkedQueue<Try> tries = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long began = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            boolean withIfMatch = c % 2 == 0;
            clients.submit(() -> {
                go.await();
                for (int round = 0; round < ROUNDS; round++) {
                    JsonNode p = Api.get(Suite.partnership(), "/api/v1/partnerships/" + id).body();
                    String action = next(p.path("stage").asText(), p.path("status").asText());
                    String body = action.equals("REVERT")
                            ? "{\"action\":\"REVERT\",\"targetStage\":\"SCOPING\",\"trigger\":\"OTHER\",\"reason\":\"race\"}"
                            : "{\"action\":\"" + action + "\"}";
                    tries.add(new Try(action, withIfMatch, Fixtures.transition(id, body,
                            withIfMatch ? "\"" + p.path("version").asLong() + "\"" : null)));
                }
                return null;
            });
        }
        go.countDown();
        clients.shutdown();
        assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        long took = System.nanoTime() - began;

        List<Try> all = new ArrayList<>(tries);
        List<Try> won = all.stream().filter(t -> t.reply().is2xx()).toList();
        List<Try> lost = all.stream().filter(t -> !t.reply().is2xx()).toList();
        report.put("clients × rounds", CLIENTS + " × " + ROUNDS).put("attempts", all.size())
                .put("accepted", won.size()).put("refused", lost.size())
                .put("refused by status", lost.stream().collect(Collectors.groupingBy(t -> t.reply().status(),
                        java.util.TreeMap::new, Collectors.counting())))
                .put("refused by problem type", lost.stream().collect(Collectors.groupingBy(t -> t.reply().text("type"),
                        java.util.TreeMap::new, Collectors.counting())))
                .put("accepted with / without If-Match", won.stream().filter(Try::ifMatch).count() + " / "
                        + won.stream().filter(t -> !t.ifMatch()).count())
                .put("duration (s)", Fixtures.seconds(took));
        assertThat(all).hasSize(CLIENTS * ROUNDS);
        assertThat(won).as("some transitions accepted").isNotEmpty();
        for (Try t : lost) {
            assertThat(t.reply().status()).as(t.action() + ": " + t.reply().text()).isIn(409, 412);
            assertThat(t.reply().isProblem()).as(t.reply().text()).isTrue();
        }
        assertThat(lost.stream().filter(t -> t.ifMatch()).map(t -> t.reply().status()))
                .as("a stale If-Match loses with 412 or, on the same version, 409").allMatch(s -> s == 412 || s == 409);

        // every accepted transition has its own version: start+1 .. start+accepted
        Set<Long> versions = won.stream().map(t -> t.reply().body().path("version").asLong()).collect(Collectors.toSet());
        Set<Long> expected = new HashSet<>();
        for (long v = startVersion + 1; v <= startVersion + won.size(); v++) {
            expected.add(v);
        }
        assertThat(versions).isEqualTo(expected);
        JsonNode now = Api.get(Suite.partnership(), "/api/v1/partnerships/" + id).body();
        assertThat(now.path("version").asLong()).isEqualTo(startVersion + won.size());

        // the history: one entry per accepted transition, each a legal step from where the previous one ended
        JsonNode history = Api.get(Suite.partnership(), "/api/v1/partnerships/" + id + "/history").body();
        assertThat(history.size() - historyBefore).isEqualTo(won.size());
        String stage = "SCOPING";
        String status = "ACTIVE";
        long version = startVersion;
        for (int i = historyBefore; i < history.size(); i++) {
            JsonNode e = history.get(i);
            String action = e.path("action").asText();
            assertThat(e.path("from").asText()).as("entry " + i).isEqualTo(stage);
            assertThat(e.path("fromStatus").asText()).as("entry " + i).isEqualTo(status);
            assertThat(e.path("version").asLong()).as("entry " + i).isEqualTo(version + 1);
            String to = e.path("to").asText();
            String toStatus = e.path("toStatus").asText();
            switch (action) {
                case "ADVANCE" -> assertThat(STAGES.indexOf(to)).isEqualTo(STAGES.indexOf(stage) + 1);
                case "REVERT" -> assertThat(STAGES.indexOf(to)).isLessThan(STAGES.indexOf(stage));
                case "HOLD", "RESUME" -> assertThat(to).isEqualTo(stage);
                default -> throw new AssertionError("unexpected action " + action);
            }
            assertThat(status).as(action + " from").isEqualTo(action.equals("RESUME") ? "ON_HOLD" : "ACTIVE");
            assertThat(toStatus).as(action + " to").isEqualTo(action.equals("HOLD") ? "ON_HOLD" : "ACTIVE");
            stage = to;
            status = toStatus;
            version++;
        }
        assertThat(now.path("stage").asText()).isEqualTo(stage);
        assertThat(now.path("status").asText()).isEqualTo(status);
        report.put("history entries added", history.size() - historyBefore).put("versions", (startVersion + 1) + ".."
                + version).put("5xx answers", all.stream().filter(t -> t.reply().status() >= 500 || t.reply().status() == 0)
                        .count());
    }

    /** A transition that is legal from what the client read (it may no longer be, when another client won). */
    private static String next(String stage, String status) {
        if (status.equals("ON_HOLD")) {
            return "RESUME";
        }
        boolean hold = ThreadLocalRandom.current().nextInt(3) == 0;
        if (hold) {
            return "HOLD";
        }
        return stage.equals("SCOPING") ? "ADVANCE" : "REVERT";
    }
}
