package org.s3coop.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Step 6: demo data, sent through the public API like any client would, and idempotent across restarts.
 * The data lives in JSON resources under {@code demo/}; there is one method per service, and {@link #seed} calls them
 * in dependency order. To seed another service, add {@code demo/<thing>.json} and a method here.
 * <p>
 * The services learn about each other only from events, so a request that names another service's aggregate (a
 * member region, a partnership as a challenge's scope, a voting region) may be refused with 422 for a moment after
 * that aggregate was created; such requests are retried for at most {@link #READ_MODEL_WAIT}.
 */
final class DemoData {
    /** Where each service answers, e.g. {@code http://127.0.0.1:8081}. */
    record Endpoints(URI region, URI partnership, URI challenge) {
    }

    /** How long a request may be refused because another service has not yet seen an event (422 unknown-...). */
    static final Duration READ_MODEL_WAIT = Duration.ofSeconds(60);
    /** How long partnership-service may take to see a raised BLOCKING challenge before the seeder warns. */
    static final Duration BLOCKING_VISIBLE_WAIT = Duration.ofSeconds(30);
    private static final Set<String> NOT_YET_KNOWN = Set.of("unknown-region", "unknown-scope-ref");
    private static final List<String> STAGES = List.of("SCOPING", "MAPPING", "PILOT", "SCALE_UP");
    private static final List<String> STATUSES = List.of("ACTIVE", "ON_HOLD", "CLOSED");

    final ApiClient api;
    final ObjectMapper json;
    final Endpoints endpoints;
    /** A token of an editor of the given regions (the local issuer's). */
    final Function<String[], String> editorTokens;

    DemoData(ApiClient api, ObjectMapper json, Endpoints endpoints, Function<String[], String> editorTokens) {
        this.api = api;
        this.json = json;
        this.endpoints = endpoints;
        this.editorTokens = editorTokens;
    }

    void seed() throws IOException, InterruptedException {
        seedRegions();
        importRegions();
        seedPartnerships();
        seedThematicPartnership();
        seedChallenges();
        new LearningLoopDemo(this).seed();
        new InvestmentDemo(this).seed();
    }

    /**
     * partnership-service, issue 14: {@code demo/thematic-partnership.json} runs one S3 thematic partnership by the S3
     * Platform's rules — proposed by the editors of its two lead regions (the others are invited: one accepts, one
     * declines), the leads' commitment letters, a member leaving (a regression of the passed gate) and a region
     * joining in its place (restored). Each step is sent as the editor of the regions it names ({@code as}), or as
     * an admin. Skipped when a partnership of that title exists, so a restart adds nothing twice.
     */
    void seedThematicPartnership() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        JsonNode entry = resource("demo/thematic-partnership.json");
        String title = entry.required("propose").required("title").asText();
        if (partnershipIdsByTitle().containsKey(title)) {
            Console.step("demo data: thematic partnership '%s' already there", title);
            return;
        }
        URI partnerships = endpoints.partnership().resolve("/api/v1/partnerships");
        ApiClient proposer = api.as(editorTokens.apply(strings(entry.required("proposer"))));
        try {
            JsonNode now = expect(retryWhileUnknown(() -> proposer.post(partnerships, entry.required("propose")),
                    System.nanoTime() + READ_MODEL_WAIT.toNanos(), "partnership-service to learn the member regions"),
                    "propose");
            String base = "/api/v1/partnerships/" + now.required("id").asText() + "/";
            int index = 0;
            for (JsonNode step : entry.required("steps")) {
                index++;
                ApiClient client = step.has("as") ? api.as(editorTokens.apply(strings(step.get("as")))) : api;
                JsonNode body = step.has("body") ? json.readTree(dated(step.get("body").toString())) : null;
                ApiClient.Response r;
                if (step.has("post")) {
                    r = client.post(endpoints.partnership().resolve(base + step.get("post").asText()), body);
                } else if (step.has("put")) {
                    r = client.put(endpoints.partnership().resolve(base + step.get("put").asText()), body);
                } else {
                    r = client.delete(endpoints.partnership().resolve(base + step.required("delete").asText()));
                }
                expect(r, "step " + index);
            }
            now = api.json(api.get(endpoints.partnership().resolve(base.substring(0, base.length() - 1))));
            JsonNode expected = entry.path("expect");
            boolean asExpected = expected.path("stage").asText().equals(now.path("stage").asText())
                    && expected.path("status").asText().equals(now.path("status").asText())
                    && expected.path("regressions").asInt() == now.path("regressions").size()
                    && expected.path("rescopingRecommended").asBoolean() == now.path("rescopingRecommended").asBoolean();
            if (!asExpected) {
                Console.warn("demo data: thematic partnership '%s' ended in %s %s with %d regression(s), expected %s",
                        title, now.path("stage").asText(), now.path("status").asText(), now.path("regressions").size(),
                        expected);
            }
            Console.step("demo data: thematic partnership '%s' (%s): %d members active, letters of %d leads, %d steps "
                    + "(one invitation accepted, one declined, a regression and its restoration) (%s)", title,
                    now.path("programme").asText(), now.path("members").size(), now.path("commitmentLetters").size(),
                    index, Console.seconds(System.nanoTime() - t0));
        } catch (StepRefused e) {
            Console.warn("demo data: thematic partnership '%s': %s", title, e.getMessage());
        }
    }

    private static String[] strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values.toArray(String[]::new);
    }

    /** {@code "@today"} and {@code "@today+P24M"} / {@code "@today-P1M"} become dates relative to today (UTC). */
    private static String dated(String body) {
        Matcher m = Pattern.compile("\"@today(?:([+-])(P[0-9YMWD]+))?\"").matcher(body);
        StringBuilder out = new StringBuilder();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        while (m.find()) {
            LocalDate date = m.group(1) == null ? today : "+".equals(m.group(1)) ? today.plus(Period.parse(m.group(2)))
                    : today.minus(Period.parse(m.group(2)));
            m.appendReplacement(out, "\"" + date + "\"");
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * region-service: {@code demo/regions.json} is a list of {@code {"region": <POST /api/v1/regions body>,
     * "stakeholders": [<POST /api/v1/regions/{code}/stakeholders body>, ...]}}. A region that already exists (409)
     * is skipped together with its stakeholders, so a restart adds nothing twice.
     */
    void seedRegions() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        JsonNode entries = resource("demo/regions.json");
        int created = 0;
        int existing = 0;
        int stakeholders = 0;
        int failed = 0;
        URI regions = endpoints.region().resolve("/api/v1/regions");
        for (JsonNode entry : entries) {
            JsonNode region = entry.required("region");
            String code = region.required("code").asText();
            ApiClient.Response response = api.post(regions, region);
            if (response.status() == 409) {
                existing++;
                continue;
            }
            if (!response.isSuccess()) {
                failed++;
                Console.warn("demo data: POST %s %s -> %d %s", regions.getPath(), code, response.status(),
                        response.summary());
                if (failed == 1 && created == 0 && existing == 0 && java.util.Set.of(401, 403, 404, 405)
                        .contains(response.status())) {
                    Console.warn("demo data: the first region was refused with %d (%s); the other regions are skipped",
                            response.status(), response.status() >= 404 ? "no such endpoint yet" : "token not accepted");
                    break;
                }
                continue;
            }
            created++;
            URI stakeholderUri = endpoints.region().resolve("/api/v1/regions/" + code + "/stakeholders");
            for (JsonNode stakeholder : entry.path("stakeholders")) {
                ApiClient.Response r = api.post(stakeholderUri, stakeholder);
                if (r.isSuccess()) {
                    stakeholders++;
                } else {
                    failed++;
                    Console.warn("demo data: POST %s %s -> %d %s", stakeholderUri.getPath(),
                            stakeholder.path("name").asText(), r.status(), r.summary());
                }
            }
        }
        Console.step("demo data: regions %d created, %d already there; %d stakeholders added%s (%s)", created, existing,
                stakeholders, failed > 0 ? "; " + failed + " requests failed" : "", Console.seconds(System.nanoTime() - t0));
    }

    /**
     * region-service, in bulk: {@code demo/regions-import.csv} holds every NUTS 2 region of 14 countries (ES, DE, FR,
     * IT, NL, PL, PT, AT, SE, FI, BE, CZ, DK, IE) that {@code demo/regions.json} does not register, with plausible
     * priorities, sent through {@code POST /api/v1/regions/import?mode=valid-rows} as an S3 officer's spreadsheet
     * would be. A restart sends it again: its rows are then unchanged, and nothing is published.
     */
    void importRegions() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        URI uri = endpoints.region().resolve("/api/v1/regions/import?mode=valid-rows");
        String csv;
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream("demo/regions-import.csv")) {
            if (in == null) {
                throw new IOException("missing resource demo/regions-import.csv");
            }
            csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        ApiClient.Response response = api.post(uri, "text/csv; charset=UTF-8", csv);
        if (!response.isSuccess()) {
            Console.warn("demo data: POST %s -> %d %s", uri.getPath(), response.status(), response.summary());
            return;
        }
        JsonNode report = api.json(response);
        for (JsonNode row : report.path("rows")) {
            if ("INVALID".equals(row.path("outcome").asText())) {
                Console.warn("demo data: import line %d (%s): %s", row.path("line").asInt(), row.path("code").asText(),
                        row.path("violations"));
            }
        }
        Console.step("demo data: region import %d created, %d updated, %d unchanged, %d invalid (%s)",
                report.path("created").asLong(), report.path("updated").asLong(), report.path("unchanged").asLong(),
                report.path("invalid").asLong(), Console.seconds(System.nanoTime() - t0));
    }

    /**
     * partnership-service: {@code demo/partnerships.json} is a list of {@code {"propose": <POST /api/v1/partnerships
     * body>, "participants": [<POST .../participants body>, ...], "steps": [...], "expect": {"stage", "status"}}}.
     * Each step is one request, in order: {@code {"evidence": "scoping-note|complementarity-map|pilot-report|
     * funding-plan", "body": {...}}}, {@code {"member": "<code>", "body": {"role", "contribution"}}}, {@code
     * {"participant": {...}}} or {@code {"transition": <POST .../transitions body>}}. When partnership-service already
     * has partnerships nothing is added, so a restart adds nothing twice.
     */
    void seedPartnerships() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        URI partnerships = endpoints.partnership().resolve("/api/v1/partnerships");
        ApiClient.Response existing = api.get(URI.create(partnerships + "?size=1"));
        if (!existing.isSuccess()) {
            Console.warn("demo data: GET %s -> %d %s; no partnerships are added", partnerships.getPath(),
                    existing.status(), existing.summary());
            return;
        }
        long already = api.json(existing).path("totalItems").asLong();
        int created = 0;
        int reverted = 0;
        int failed = 0;
        if (already == 0) {
            long deadline = System.nanoTime() + READ_MODEL_WAIT.toNanos();
            for (JsonNode entry : resource("demo/partnerships.json")) {
                String title = entry.required("propose").required("title").asText();
                try {
                    JsonNode now = buildPartnership(entry, deadline);
                    created++;
                    boolean hasRevert = false;
                    for (JsonNode step : entry.path("steps")) {
                        hasRevert |= "REVERT".equals(step.path("transition").path("action").asText());
                    }
                    reverted += hasRevert ? 1 : 0;
                    JsonNode expect = entry.path("expect");
                    for (String field : List.of("stage", "status")) {
                        if (expect.has(field) && !expect.path(field).asText().equals(now.path(field).asText())) {
                            Console.warn("demo data: partnership '%s' ended in %s %s, expected %s %s", title,
                                    now.path("stage").asText(), now.path("status").asText(),
                                    expect.path("stage").asText(), expect.path("status").asText());
                            break;
                        }
                    }
                } catch (StepRefused e) {
                    failed++;
                    Console.warn("demo data: partnership '%s': %s", title, e.getMessage());
                }
            }
        }
        JsonNode portfolio = api.json(api.get(endpoints.partnership().resolve("/api/v1/portfolio")));
        String counts = "by stage " + counts(portfolio.path("byStage"), STAGES) + "; by status "
                + counts(portfolio.path("byStatus"), STATUSES) + "; reverts " + counts(portfolio.path("revertsByTrigger"), null);
        if (already > 0) {
            Console.step("demo data: partnerships already there (%d), none added; %s (%s)",
                    portfolio.path("totalPartnerships").asLong(already), counts, Console.seconds(System.nanoTime() - t0));
        } else {
            Console.step("demo data: partnerships %d created (%d reverted once on the way)%s; %s (%s)", created, reverted,
                    failed > 0 ? ", " + failed + " failed" : "", counts, Console.seconds(System.nanoTime() - t0));
        }
    }

    /** Proposes one partnership and runs its steps; answers the partnership as it is at the end. */
    private JsonNode buildPartnership(JsonNode entry, long deadline) throws IOException, InterruptedException {
        URI partnerships = endpoints.partnership().resolve("/api/v1/partnerships");
        JsonNode now = expect(retryWhileUnknown(() -> api.post(partnerships, entry.required("propose")), deadline,
                "partnership-service to learn the member regions"), "propose");
        String base = "/api/v1/partnerships/" + now.required("id").asText();
        URI participants = endpoints.partnership().resolve(base + "/participants");
        for (JsonNode participant : entry.path("participants")) {
            expect(api.post(participants, participant), "add participant " + participant.path("name").asText());
        }
        int index = 0;
        for (JsonNode step : entry.path("steps")) {
            index++;
            if (step.has("evidence")) {
                now = expect(api.put(endpoints.partnership().resolve(base + "/evidence/" + step.required("evidence").asText()),
                        step.required("body")), "step " + index + " (evidence " + step.path("evidence").asText() + ")");
            } else if (step.has("member")) {
                now = expect(api.put(endpoints.partnership().resolve(base + "/members/" + step.required("member").asText()),
                        step.required("body")), "step " + index + " (member " + step.path("member").asText() + ")");
            } else if (step.has("participant")) {
                expect(api.post(participants, step.required("participant")), "step " + index + " (participant "
                        + step.path("participant").path("name").asText() + ")");
            } else if (step.has("transition")) {
                now = expect(api.post(endpoints.partnership().resolve(base + "/transitions"), step.required("transition")),
                        "step " + index + " (" + step.path("transition").path("action").asText() + ")");
            } else {
                throw new StepRefused("step " + index + " is none of evidence, member, participant, transition: " + step);
            }
        }
        return now.has("stage") ? now : api.json(api.get(endpoints.partnership().resolve(base)));
    }

    /**
     * challenge-service: {@code demo/challenges.json} is a list of {@code {"raise": <POST /api/v1/challenges body,
     * where a PARTNERSHIP scope names the partnership by "partnership": "<title>" instead of its id>, "solutions":
     * [{"title", "description", "adoptingRegions", "status"?}], "transitions": [{"action", "reason"}]}}; nothing is
     * raised when challenge-service already has challenges. (The ranking rounds belong to the working group's learning
     * loop: {@link LearningLoopDemo}.)
     */
    void seedChallenges() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        URI challenges = endpoints.challenge().resolve("/api/v1/challenges");
        ApiClient.Response existing = api.get(URI.create(challenges + "?size=1"));
        if (!existing.isSuccess()) {
            Console.warn("demo data: GET %s -> %d %s; no challenges are raised", challenges.getPath(),
                    existing.status(), existing.summary());
            return;
        }
        long already = api.json(existing).path("totalItems").asLong();
        long deadline = System.nanoTime() + READ_MODEL_WAIT.toNanos();
        int raised = 0;
        int solutions = 0;
        int failed = 0;
        List<String> blockedTitles = new ArrayList<>();
        if (already == 0) {
            Map<String, String> partnershipIds = partnershipIdsByTitle();
            for (JsonNode entry : resource("demo/challenges.json")) {
                String title = entry.required("raise").required("title").asText();
                try {
                    solutions += raiseChallenge(entry, partnershipIds, deadline).size();
                    raised++;
                    JsonNode raise = entry.required("raise");
                    if ("BLOCKING".equals(raise.path("severity").asText()) && entry.path("transitions").isEmpty()
                            && raise.path("scope").has("partnership")) {
                        blockedTitles.add(raise.path("scope").path("partnership").asText());
                    }
                } catch (StepRefused e) {
                    failed++;
                    Console.warn("demo data: challenge '%s': %s", title, e.getMessage());
                }
            }
        }

        // partnership-service must see the open BLOCKING challenges (its PILOT -> SCALE_UP gate then refuses)
        for (String title : blockedTitles) {
            awaitBlocked(title);
        }

        JsonNode summary = api.json(api.get(endpoints.challenge().resolve("/api/v1/challenges/summary")));
        long total = api.json(api.get(URI.create(challenges + "?size=1"))).path("totalItems").asLong();
        String challengeCounts = already > 0
                ? String.format("challenges already there (%d), none raised", total)
                : String.format("challenges %d raised with %d solutions", raised, solutions);
        Console.step("demo data: %s; %d open by severity %s%s (%s)", challengeCounts, summary.path("open").asLong(),
                counts(summary.path("bySeverity"), null), failed > 0 ? "; " + failed + " requests failed" : "",
                Console.seconds(System.nanoTime() - t0));
    }

    /**
     * Raises one challenge, proposes its solutions (at the challenge's {@code meetingId}, if it names one) and applies
     * its transitions; answers the solutions' ids, in order.
     */
    List<String> raiseChallenge(JsonNode entry, Map<String, String> partnershipIds, long deadline)
            throws IOException, InterruptedException {
        ObjectNode raise = entry.required("raise").deepCopy();
        JsonNode scope = raise.required("scope");
        if (scope.has("partnership")) {
            String title = scope.path("partnership").asText();
            String id = partnershipIds.get(title);
            if (id == null) {
                throw new StepRefused("no partnership titled '" + title + "' in partnership-service");
            }
            ObjectNode resolved = json.createObjectNode().put("type", "PARTNERSHIP").put("ref", id);
            raise.set("scope", resolved);
        }
        URI challenges = endpoints.challenge().resolve("/api/v1/challenges");
        JsonNode challenge = expect(retryWhileUnknown(() -> api.post(challenges, raise), deadline,
                "challenge-service to learn the " + raise.path("scope").path("type").asText().toLowerCase(java.util.Locale.ROOT)),
                "raise");
        String base = "/api/v1/challenges/" + challenge.required("id").asText();
        List<String> solutions = new ArrayList<>();
        for (JsonNode solution : entry.path("solutions")) {
            ObjectNode propose = json.createObjectNode();
            if (raise.has("meetingId")) {
                propose.set("meetingId", raise.get("meetingId"));
            }
            propose.set("title", solution.required("title"));
            propose.set("description", solution.path("description"));
            propose.set("adoptingRegions", solution.has("adoptingRegions") ? solution.path("adoptingRegions")
                    : json.createArrayNode());
            URI uri = endpoints.challenge().resolve(base + "/solutions");
            JsonNode proposed = expect(retryWhileUnknown(() -> api.post(uri, propose), deadline,
                    "challenge-service to learn the adopting regions"), "propose solution " + solution.path("title").asText());
            solutions.add(proposed.required("id").asText());
            String status = solution.path("status").asText("PROPOSED");
            if (!status.equals("PROPOSED")) {
                ObjectNode update = propose.deepCopy();
                update.put("status", status);
                expect(api.put(endpoints.challenge().resolve(base + "/solutions/" + proposed.required("id").asText()),
                        update), "solution " + solution.path("title").asText() + " -> " + status);
            }
        }
        for (JsonNode transition : entry.path("transitions")) {
            expect(api.post(endpoints.challenge().resolve(base + "/transitions"), transition),
                    transition.path("action").asText());
        }
        return solutions;
    }

    /** Waits until partnership-service's readiness of the titled partnership lists NO_BLOCKING_CHALLENGE unmet. */
    private void awaitBlocked(String title) throws IOException, InterruptedException {
        String id = partnershipIdsByTitle().get(title);
        if (id == null) {
            return;
        }
        URI readiness = endpoints.partnership().resolve("/api/v1/partnerships/" + id + "/readiness");
        long deadline = System.nanoTime() + BLOCKING_VISIBLE_WAIT.toNanos();
        while (true) {
            JsonNode r = api.json(api.get(readiness));
            for (JsonNode criterion : r.path("criteria")) {
                if ("NO_BLOCKING_CHALLENGE".equals(criterion.path("code").asText()) && !criterion.path("met").asBoolean(true)) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                Console.warn("demo data: partnership '%s' has an open BLOCKING challenge, but after %d s its readiness "
                        + "(GET %s) does not list NO_BLOCKING_CHALLENGE as unmet", title,
                        BLOCKING_VISIBLE_WAIT.toSeconds(), readiness.getPath());
                return;
            }
            Thread.sleep(500);
        }
    }

    Map<String, String> partnershipIdsByTitle() throws IOException, InterruptedException {
        Map<String, String> ids = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode p = api.json(api.get(endpoints.partnership().resolve("/api/v1/partnerships?size=100&page=" + page)));
            for (JsonNode item : p.path("items")) {
                ids.putIfAbsent(item.path("title").asText(), item.path("id").asText());
            }
            if (page + 1 >= p.path("totalPages").asInt(0)) {
                return ids;
            }
        }
    }

    interface Call {
        ApiClient.Response send() throws IOException, InterruptedException;
    }

    /**
     * Sends the request again while it is refused with 422 because the receiving service has not yet seen the event
     * of a region or partnership (problem type {@code .../unknown-region} or {@code .../unknown-scope-ref}), until the
     * deadline.
     */
    ApiClient.Response retryWhileUnknown(Call call, long deadline, String what)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        while (true) {
            ApiClient.Response r = call.send();
            String type = r.status() == 422 ? api.json(r).path("type").asText("") : "";
            boolean notYetKnown = NOT_YET_KNOWN.stream().anyMatch(type::endsWith);
            if (!notYetKnown || System.nanoTime() > deadline) {
                if (notYetKnown) {
                    Console.warn("demo data: waited %d s for %s in vain", READ_MODEL_WAIT.toSeconds(), what);
                } else if (System.nanoTime() - start > Duration.ofSeconds(1).toNanos()) {
                    Console.step("demo data: waited %s for %s", Console.seconds(System.nanoTime() - start), what);
                }
                return r;
            }
            Thread.sleep(250);
        }
    }

    /** The response's JSON when it succeeded; otherwise the step is refused with the status and problem. */
    JsonNode expect(ApiClient.Response response, String step) {
        if (!response.isSuccess()) {
            throw new StepRefused(step + " -> " + response.status() + " " + response.summary());
        }
        return api.json(response);
    }

    /** "A 1, B 2" for a JSON object of counts, in the given key order (or the object's order), leaving out none. */
    private static String counts(JsonNode object, List<String> order) {
        Map<String, Long> values = new LinkedHashMap<>();
        if (order != null) {
            order.forEach(k -> values.put(k, 0L));
        }
        object.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asLong()));
        if (values.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
        return b.toString();
    }

    /** A request of the demo data was refused: the rest of that partnership or challenge is skipped. */
    static final class StepRefused extends RuntimeException {
        StepRefused(String message) {
            super(message, null, false, false);
        }
    }

    JsonNode resource(String name) throws IOException {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return json.readTree(in);
        }
    }
}
