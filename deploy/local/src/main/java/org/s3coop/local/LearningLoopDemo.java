package org.s3coop.local;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The working group's learning loop (challenge-service), from {@code demo/learning-loop.json}: the members with their
 * representatives' organisations; the meetings in order — the kick-off of 8 June 2023 with its ranking round
 * (the votes of {@code demo/ranking-round.json}: capacity first, then aligning ecosystems and funding), the September
 * and November 2023 workshops that refined the capacity and funding sub-dimensions (challenges raised and solutions
 * proposed at them; two adopted solutions published as good practices, adopted by several regions at different
 * statuses), the 2024 peer review with a later round, and a study visit still to come (a date {@code +Nd} is N days
 * from today). Each meeting is marked held and its minutes published as its {@code status} says, rounds are closed
 * after their votes. Nothing is added when challenge-service already has meetings, so a restart adds nothing twice.
 */
final class LearningLoopDemo {
    private final DemoData demo;
    private int members;
    private int challenges;
    private int practices;
    private int adoptions;
    private final List<String> rounds = new ArrayList<>();

    LearningLoopDemo(DemoData demo) {
        this.demo = demo;
    }

    private URI uri(String path) {
        return demo.endpoints.challenge().resolve(path);
    }

    void seed() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        ApiClient.Response existing = demo.api.get(uri("/api/v1/meetings?size=1"));
        if (!existing.isSuccess()) {
            Console.warn("demo data: GET /api/v1/meetings -> %d %s; the learning loop is not seeded", existing.status(),
                    existing.summary());
            return;
        }
        long already = demo.api.json(existing).path("totalItems").asLong();
        if (already > 0) {
            Console.step("demo data: learning loop already there (%d meetings), nothing added (%s)", already,
                    Console.seconds(System.nanoTime() - t0));
            return;
        }
        long deadline = System.nanoTime() + DemoData.READ_MODEL_WAIT.toNanos();
        JsonNode data = demo.resource("demo/learning-loop.json");
        int failed = 0;
        for (JsonNode member : data.path("members")) {
            String region = member.required("region").asText();
            ObjectNode body = member.deepCopy();
            body.remove("region");
            ApiClient.Response r = demo.retryWhileUnknown(() -> demo.api.put(uri("/api/v1/working-group/members/" + region),
                    body), deadline, "challenge-service to learn region " + region);
            if (r.isSuccess()) {
                members++;
            } else {
                failed++;
                Console.warn("demo data: working-group member %s -> %d %s", region, r.status(), r.summary());
            }
        }
        for (JsonNode entry : data.path("meetings")) {
            String title = entry.required("meeting").required("title").asText();
            try {
                meeting(entry, deadline);
            } catch (DemoData.StepRefused e) {
                failed++;
                Console.warn("demo data: meeting '%s': %s", title, e.getMessage());
            }
        }
        Console.step("demo data: learning loop: %d members, %d meetings, %d challenges raised at them, %d good practices "
                + "with %d adoptions; rounds %s%s (%s)", members, data.path("meetings").size(), challenges, practices,
                adoptions, String.join("; ", rounds), failed > 0 ? "; " + failed + " requests failed" : "",
                Console.seconds(System.nanoTime() - t0));
    }

    /** Plans one meeting, raises what arose at it, runs its round, then moves it to its status. */
    private void meeting(JsonNode entry, long deadline) throws IOException, InterruptedException {
        ObjectNode body = entry.required("meeting").deepCopy();
        String date = body.required("date").asText();
        if (date.startsWith("+") && date.endsWith("d")) {
            body.put("date", LocalDate.now(ZoneOffset.UTC).plusDays(Long.parseLong(date.substring(1, date.length() - 1)))
                    .toString());
        }
        String id = demo.expect(demo.retryWhileUnknown(() -> demo.api.post(uri("/api/v1/meetings"), body), deadline,
                "challenge-service to learn the host and attending regions"), "plan").required("id").asText();
        for (JsonNode challenge : entry.path("challenges")) {
            ObjectNode raised = challenge.deepCopy();
            ((ObjectNode) raised.required("raise")).put("meetingId", id);
            List<String> solutions = demo.raiseChallenge(raised, Map.of(), deadline);
            challenges++;
            for (int i = 0; i < solutions.size(); i++) {
                JsonNode practice = challenge.path("solutions").get(i).path("practice");
                if (!practice.isMissingNode()) {
                    publish(solutions.get(i), practice, deadline);
                }
            }
        }
        if (entry.has("round")) {
            round(entry.required("round"), id, deadline);
        }
        String status = entry.path("status").asText("PLANNED");
        for (String action : status.equals("PLANNED") ? List.<String>of() : status.equals("HELD") ? List.of("MARK_HELD")
                : List.of("MARK_HELD", "PUBLISH_MINUTES")) {
            demo.expect(demo.api.post(uri("/api/v1/meetings/" + id + "/transitions"),
                    demo.json.createObjectNode().put("action", action)), action);
        }
    }

    /** Publishes an adopted solution as a good practice, then each region's adoption. */
    private void publish(String solutionId, JsonNode practice, long deadline) throws IOException, InterruptedException {
        ObjectNode body = practice.deepCopy();
        body.remove("adoptions");
        body.put("solutionId", solutionId);
        String id = demo.expect(demo.api.post(uri("/api/v1/practices"), body), "publish practice").required("id").asText();
        practices++;
        for (JsonNode adoption : practice.path("adoptions")) {
            ObjectNode a = adoption.deepCopy();
            String region = a.remove("region").asText();
            demo.expect(demo.retryWhileUnknown(() -> demo.api.put(uri("/api/v1/practices/" + id + "/adoptions/" + region),
                    a), deadline, "challenge-service to learn region " + region), "adoption by " + region);
            adoptions++;
        }
    }

    /**
     * Opens a round at the meeting (a round that exists already, e.g. {@code 2023-kickoff} migrated from before
     * rounds were opened, is used as it is), casts its votes, closes it, and checks its leaders.
     */
    private void round(JsonNode round, String meetingId, long deadline) throws IOException, InterruptedException {
        JsonNode votes = round.has("votesFrom") ? demo.resource(round.required("votesFrom").asText()) : round;
        String code = round.has("code") ? round.required("code").asText() : votes.required("round").asText();
        ObjectNode open = demo.json.createObjectNode().put("code", code).put("title", round.path("title").asText(code))
                .put("meetingId", meetingId);
        ApiClient.Response opened = demo.api.post(uri("/api/v1/ranking-rounds"), open);
        if (!opened.isSuccess() && opened.status() != 409) {
            throw new DemoData.StepRefused("open round " + code + " -> " + opened.status() + " " + opened.summary());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = votes.required("votes").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> vote = it.next();
            ObjectNode body = demo.json.createObjectNode();
            body.set("clusters", vote.getValue());
            demo.expect(demo.retryWhileUnknown(() -> demo.api.put(uri("/api/v1/ranking-rounds/" + code + "/votes/"
                    + vote.getKey()), body), deadline, "challenge-service to learn the voting regions"),
                    "vote of " + vote.getKey() + " in " + code);
        }
        JsonNode result = demo.expect(demo.api.post(uri("/api/v1/ranking-rounds/" + code + "/transitions"),
                demo.json.createObjectNode().put("action", "CLOSE")), "close " + code);
        List<String> order = new ArrayList<>();
        StringBuilder borda = new StringBuilder();
        for (JsonNode standing : result.path("clusters")) {
            order.add(standing.path("cluster").asText());
            borda.append(borda.isEmpty() ? "" : ", ").append(standing.path("cluster").asText()).append(' ')
                    .append(standing.path("points").asLong());
        }
        List<String> leaders = new ArrayList<>();
        votes.path("expectedLeaders").forEach(n -> leaders.add(n.asText()));
        if (order.size() < leaders.size() || !order.subList(0, leaders.size()).equals(leaders)) {
            Console.warn("demo data: ranking round %s puts %s first, expected %s", code,
                    order.subList(0, Math.min(order.size(), leaders.size())), leaders);
        }
        rounds.add(code + " (" + result.path("votesCast").asInt() + " votes) — Borda: " + borda);
    }
}
