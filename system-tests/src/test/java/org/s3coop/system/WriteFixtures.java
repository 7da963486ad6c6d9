package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Entities to write to, and one valid request per write operation (keyed by operationId), in an order that can run
 * top to bottom: a fixture needs what the ones before it left. Each fixture names the region whose editor may make
 * the change (DESIGN.md: an editor changes its own regions and the partnerships and challenges of its regions).
 * <p>
 * Everything lives in NUTS 3 regions of one country no other test uses ({@link NutsCodes#ofOneCountry}): the first
 * leads, the second is a member, the third joins and leaves, the fourth is retired, the fifth is registered by the
 * fixture, the sixth is imported by it, so tests using different fixtures do not meet.
 */
final class WriteFixtures {
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    static final String ADMIN = TestTokens.admin();

    /** A valid request for one operation: path parameters beyond the service defaults, body, whose editor may send it. */
    record Fixture(String operationId, Map<String, String> pathParams, String body, String editorRegion) {
    }

    final String country;
    final String lead;
    final String member;
    final String joiner;
    final String retiree;
    final String newcomer;
    final String importee;
    /** A region of the same country no fixture touches: its editor may change none of the above. */
    final String stranger;
    final String round;
    String stakeholderId;
    String partnershipId;
    String participantId;
    String projectId;
    String challengeId;
    String solutionId;
    /** The learning loop: a meeting hosted by the lead region, an adopted solution to publish, a practice. */
    String meetingId;
    String adoptedSolutionId;
    String practiceId;
    final String heldRound;
    String webhookId;

    private WriteFixtures(String tag) {
        List<String> codes = NutsCodes.ofOneCountry(7);
        country = codes.get(0).substring(0, 2);
        lead = codes.get(0);
        member = codes.get(1);
        joiner = codes.get(2);
        retiree = codes.get(3);
        newcomer = codes.get(4);
        importee = codes.get(5);
        stranger = codes.get(6);
        round = tag.toLowerCase() + "-round";
        heldRound = tag.toLowerCase() + "-held";
    }

    /** Registers the regions and creates a stakeholder, a partnership with a participant, a challenge with a solution. */
    static WriteFixtures create(String tag) {
        WriteFixtures f = new WriteFixtures(tag);
        for (String code : new String[] { f.lead, f.member, f.joiner, f.retiree }) {
            send(Suite.region(), "POST", "/api/v1/regions", """
                    {"code":"%s","name":"Region %s","priorities":[{"family":"ECONOMIC_DOMAIN","code":"C22"}]}"""
                    .formatted(code, code), 201);
        }
        f.stakeholderId = send(Suite.region(), "POST", "/api/v1/regions/" + f.lead + "/stakeholders",
                "{\"name\":\"Setup University\",\"type\":\"UNIVERSITY\"}", 201).jsonPath().getString("id");
        // partnership-service learns the regions from events: retry while they are unknown (422)
        String proposal = """
                {"title":"Setup partnership %s","priority":{"family":"ECONOMIC_DOMAIN","code":"C22"},"leadRegion":"%s",
                 "members":[{"regionCode":"%s","role":"lead"},{"regionCode":"%s","role":"partner"},{"regionCode":"%s"}]}"""
                .formatted(f.country, f.lead, f.lead, f.member, f.joiner);
        f.partnershipId = eventually(Suite.partnership(), "POST", "/api/v1/partnerships", proposal, 201)
                .jsonPath().getString("id");
        // QA3 is known now; it leaves again so that the putMember fixture adds it
        send(Suite.partnership(), "DELETE", "/api/v1/partnerships/" + f.partnershipId + "/members/" + f.joiner, null, 200);
        f.participantId = send(Suite.partnership(), "POST", "/api/v1/partnerships/" + f.partnershipId + "/participants",
                "{\"name\":\"Setup Cluster\",\"type\":\"CLUSTER\",\"regionCode\":\"" + f.lead + "\"}", 201)
                .jsonPath().getString("id");
        // an investment project of the partnership (issue 15), for the project fixtures
        f.projectId = send(Suite.partnership(), "POST", "/api/v1/partnerships/" + f.partnershipId + "/projects",
                "{\"title\":\"Setup project\",\"instrument\":\"ERDF\",\"trlStart\":4,\"trlTarget\":6}", 201)
                .jsonPath().getString("id");
        // challenge-service learns the region from events too
        f.challengeId = eventually(Suite.challenge(), "POST", "/api/v1/challenges", """
                {"cluster":"CAPACITY","title":"Setup challenge","scope":{"type":"REGION","ref":"%s"},"severity":"LOW"}"""
                .formatted(f.lead), 201).jsonPath().getString("id");
        f.solutionId = send(Suite.challenge(), "POST", "/api/v1/challenges/" + f.challengeId + "/solutions",
                "{\"title\":\"Setup solution\"}", 201).jsonPath().getString("id");
        // the learning loop: lead and member belong to the working group; the lead hosts a meeting (in the past, so
        // that it can be marked held) and adopted two solutions, one of them published as a practice
        for (String code : new String[] { f.lead, f.member }) {
            eventually(Suite.challenge(), "PUT", "/api/v1/working-group/members/" + code, "{\"representatives\":[]}", 201);
        }
        f.meetingId = send(Suite.challenge(), "POST", "/api/v1/meetings", """
                {"title":"Setup workshop","kind":"WORKSHOP","date":"2024-02-01","hostRegion":"%s"}""".formatted(f.lead), 201)
                .jsonPath().getString("id");
        f.adoptedSolutionId = f.adoptedSolution("Setup adopted solution");
        String published = f.adoptedSolution("Setup practice");
        f.practiceId = send(Suite.challenge(), "POST", "/api/v1/practices", """
                {"solutionId":"%s","summary":"Setup","contactOrganisation":"Setup agency","evidenceLinks":[]}"""
                .formatted(published), 201).jsonPath().getString("id");
        // region-service: a webhook subscription of the lead region's editor, to a type no event has (nothing is sent)
        Response webhook = request(Suite.region(), TestTokens.editor(f.lead), "POST", "/api/v1/webhooks", f.webhookBody());
        assertThat(webhook.statusCode()).as(webhook.asString()).isEqualTo(201);
        f.webhookId = webhook.jsonPath().getString("id");
        return f;
    }

    private String webhookBody() {
        return "{\"url\":\"http://127.0.0.1:9/hooks\",\"types\":[\"org.s3coop.fixture.none.v1\"],\"regions\":[\""
                + lead + "\"]}";
    }

    /** A solution of the setup challenge, adopted by the lead region (admin); answers its id. */
    private String adoptedSolution(String title) {
        String id = send(Suite.challenge(), "POST", "/api/v1/challenges/" + challengeId + "/solutions",
                "{\"title\":\"" + title + "\"}", 201).jsonPath().getString("id");
        send(Suite.challenge(), "PUT", "/api/v1/challenges/" + challengeId + "/solutions/" + id,
                "{\"title\":\"" + title + "\",\"status\":\"ADOPTED\",\"adoptingRegions\":[\"" + lead + "\"]}", 200);
        return id;
    }

    /** The value of each path parameter name, per service, unless a fixture says otherwise. */
    Map<String, String> defaultPathParams(Suite.Service service) {
        Map<String, String> params = new HashMap<>();
        if (service == Suite.region()) {
            params.put("code", lead);
            params.put("id", stakeholderId);
        } else if (service == Suite.partnership()) {
            params.put("id", partnershipId);
            params.put("regionCode", member);
            params.put("participantId", participantId);
            params.put("projectId", projectId);
            params.put("period", "2025-H2");
        } else {
            params.put("id", challengeId);
            params.put("solutionId", solutionId);
            params.put("round", round);
            params.put("regionCode", lead);
            params.put("code", "CAPACITY");
        }
        return params;
    }

    /** One valid request per write operation, in an order that runs top to bottom. */
    Map<String, Fixture> writes() {
        Map<String, Fixture> w = new LinkedHashMap<>();
        String c22 = "[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\",\"label\":\"Plastics\"}]";
        // region-service: an editor changes its own regions
        add(w, "registerRegion", Map.of(), "{\"code\":\"%s\",\"name\":\"Region %s\",\"priorities\":%s}"
                .formatted(newcomer, newcomer, c22), newcomer);
        add(w, "updateRegion", Map.of(), "{\"name\":\"Region %s renamed\",\"priorities\":%s}".formatted(lead, c22), lead);
        add(w, "addStakeholder", Map.of(), "{\"name\":\"Fixture Agency\",\"type\":\"PUBLIC_AUTHORITY\"}", lead);
        add(w, "removeStakeholder", Map.of(), null, lead);
        add(w, "retireRegion", Map.of("code", retiree), null, retiree);
        add(w, "importRegions", Map.of(), "code,name,priorities\r\n" + importee + ",,ECONOMIC_DOMAIN:C22\r\n", importee);
        // partnership-service: an editor of a member region changes the partnership; its lead proposes it
        // partnership-service (the rights table of docs/partnership-service.md): the lead region's editors run the
        // partnership, a member's editors change its own part (participants, letter; leaving), an invited region's
        // editors decide; the lead proposes it
        add(w, "proposePartnership", Map.of(), """
                {"title":"Fixture partnership","priority":{"family":"ECONOMIC_DOMAIN","code":"C22"},"leadRegion":"%s",
                 "members":[{"regionCode":"%s","role":"lead"},{"regionCode":"%s","role":"partner"}]}"""
                .formatted(lead, lead, member), lead);
        add(w, "putMember", Map.of("regionCode", joiner), "{\"role\":\"partner\",\"contribution\":\"converters\"}", lead);
        add(w, "decideInvitation", Map.of("regionCode", joiner), "{\"decision\":\"ACCEPT\"}", joiner);
        add(w, "removeMember", Map.of("regionCode", joiner), null, joiner);
        add(w, "addParticipant", Map.of(), "{\"name\":\"Fixture Institute\",\"type\":\"RESEARCH_ORGANISATION\",\"regionCode\":\"%s\"}"
                .formatted(member), member);
        add(w, "updateParticipant", Map.of(), "{\"name\":\"Setup Cluster, renamed\",\"type\":\"CLUSTER\"}", lead);
        add(w, "removeParticipant", Map.of(), null, lead);
        add(w, "putCommitmentLetter", Map.of(), """
                {"signedBy":"Regional government","signedOn":"2026-01-15","validUntil":"2028-01-14",
                 "document":{"uri":"https://docs.example.org/letter.pdf","sha256":"%s"}}""".formatted("ab".repeat(32)), member);
        add(w, "removeCommitmentLetter", Map.of(), null, member);
        add(w, "putScopingNote", Map.of(), "{\"objective\":\"Compostable trays\",\"draftActionPlan\":\"1. pilot 2. scale\"}", lead);
        add(w, "putComplementarityMap", Map.of(), """
                {"entries":[{"regionCode":"%s","role":"lead","contribution":"pilot lines","valueChainSegment":"conversion"},
                            {"regionCode":"%s","role":"partner","contribution":"research","valueChainSegment":"materials"}]}"""
                .formatted(lead, member), lead);
        add(w, "putPilotReport", Map.of(), "{\"demonstrators\":[{\"name\":\"Tray line\",\"result\":\"10k trays\"}]}", lead);
        add(w, "putFundingPlan", Map.of(),
                "{\"sources\":[{\"name\":\"I3 strand 1\",\"kind\":\"EU\",\"amountEur\":250000.50,\"committed\":true}]}", lead);
        add(w, "recordProject", Map.of(), "{\"title\":\"Fixture project\",\"instrument\":\"I3_STRAND_1\",\"regions\":[\"%s\"],"
                .formatted(lead) + "\"trlStart\":5,\"trlTarget\":7,\"requestedEur\":1000000}", lead);
        add(w, "updateProject", Map.of(), "{\"title\":\"Setup project, renamed\",\"instrument\":\"ERDF\",\"trlStart\":4,"
                + "\"trlTarget\":7}", lead);
        add(w, "transitionProject", Map.of(), "{\"action\":\"PREPARE\"}", lead);
        add(w, "writeReport", Map.of(), "{\"narrative\":\"Second half of 2025\",\"values\":{\"JOBS_CREATED\":4}}", lead);
        add(w, "submitReport", Map.of(), null, lead);
        add(w, "transitionPartnership", Map.of(), "{\"action\":\"HOLD\",\"reason\":\"waiting for the call\"}", lead);
        // challenge-service: an editor changes challenges on its regions and casts its regions' votes
        add(w, "raiseChallenge", Map.of(), """
                {"cluster":"FUNDING","subDimension":"CONTINUED_FUNDING","title":"Fixture challenge",
                 "scope":{"type":"REGION","ref":"%s"},"severity":"HIGH"}""".formatted(lead), lead);
        add(w, "updateChallenge", Map.of(), "{\"cluster\":\"CAPACITY\",\"title\":\"Setup challenge, described anew\",\"severity\":\"MEDIUM\"}", lead);
        add(w, "proposeSolution", Map.of(), "{\"title\":\"Fixture solution\",\"adoptingRegions\":[\"%s\"]}".formatted(lead), lead);
        add(w, "updateSolution", Map.of(), "{\"title\":\"Setup solution\",\"status\":\"PILOTED\"}", lead);
        add(w, "castVote", Map.of(), """
                {"clusters":["CAPACITY","ALIGNING_ECOSYSTEMS","FUNDING","GOVERNANCE","STAKEHOLDER_ENGAGEMENT","KNOWLEDGE_AND_MONITORING"]}""",
                lead);
        add(w, "transitionChallenge", Map.of(), "{\"action\":\"ADDRESS\",\"reason\":\"a joint secretariat\"}", lead);
        // the learning loop: a region's editor runs its membership, its meetings and the rounds held at them, the
        // practices of solutions it adopted and its own adoptions
        add(w, "putWorkingGroupMember", Map.of(), "{\"representatives\":[{\"organisation\":\"Fixture agency\"}]}", lead);
        add(w, "planMeeting", Map.of(), """
                {"title":"Fixture peer review","kind":"PEER_REVIEW","date":"2024-03-01","hostRegion":"%s"}""".formatted(lead), lead);
        add(w, "updateMeeting", Map.of("id", meetingId), """
                {"title":"Setup workshop","kind":"WORKSHOP","date":"2024-02-01","hostRegion":"%s","agenda":"Ranking"}"""
                .formatted(lead), lead);
        add(w, "transitionMeeting", Map.of("id", meetingId), "{\"action\":\"MARK_HELD\"}", lead);
        add(w, "openRankingRound", Map.of(), "{\"code\":\"%s\",\"meetingId\":\"%s\"}".formatted(heldRound, meetingId), lead);
        add(w, "transitionRankingRound", Map.of("round", heldRound), "{\"action\":\"CLOSE\"}", lead);
        add(w, "publishPractice", Map.of(), """
                {"solutionId":"%s","summary":"Fixture practice","contactOrganisation":"Fixture agency","evidenceLinks":[]}"""
                .formatted(adoptedSolutionId), lead);
        add(w, "updatePractice", Map.of("id", practiceId), """
                {"summary":"Setup, told anew","contactOrganisation":"Setup agency","evidenceLinks":["https://example.eu/setup"]}""", lead);
        add(w, "putAdoption", Map.of("id", practiceId), "{\"status\":\"IMPLEMENTING\",\"adaptationNotes\":\"fixture\"}", lead);
        add(w, "removeWorkingGroupMember", Map.of("regionCode", member), null, member);
        // region-service webhooks: an editor subscribes to its own regions' events and manages its own subscriptions
        add(w, "createWebhook", Map.of(), webhookBody(), lead);
        add(w, "pauseWebhook", Map.of("id", webhookId), null, lead);
        add(w, "resumeWebhook", Map.of("id", webhookId), null, lead);
        add(w, "testWebhook", Map.of("id", webhookId), null, lead);
        add(w, "replayWebhook", Map.of("id", webhookId), "{\"from\":\"2026-01-01T00:00:00Z\"}", lead);
        add(w, "deleteWebhook", Map.of("id", webhookId), null, lead);
        return w;
    }

    private static void add(Map<String, Fixture> w, String operationId, Map<String, String> params, String body, String region) {
        w.put(operationId, new Fixture(operationId, params, body, region));
    }

    /** The operation's path with the fixture's parameters, else the service defaults; null if one has no value. */
    String path(LiveOpenApi.Operation op, Map<String, String> overrides) {
        Map<String, String> params = defaultPathParams(op.service());
        params.putAll(overrides);
        Matcher m = PARAM.matcher(op.path());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = params.get(m.group(1));
            if (value == null) {
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static Response send(Suite.Service service, String method, String path, String body, int expected) {
        Response r = request(service, ADMIN, method, path, body);
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.asString()).isEqualTo(expected);
        return r;
    }

    static Response request(Suite.Service service, String token, String method, String path, String body) {
        return request(service, token, method, path, body, ContentType.JSON.toString());
    }

    /** A request whose body is of the given type (an operation's request body type: JSON, or CSV for an import). */
    static Response request(Suite.Service service, String token, String method, String path, String body,
            String contentType) {
        var spec = given().baseUri(service.url()).auth().oauth2(token);
        if (body != null) {
            spec = spec.contentType(contentType).body(body);
        }
        return spec.request(method, path);
    }

    private static Response eventually(Suite.Service service, String method, String path, String body, int expected) {
        Response[] last = new Response[1];
        Awaitility.await(method + " " + path).atMost(EVENTUALLY).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            last[0] = request(service, ADMIN, method, path, body);
            assertThat(last[0].statusCode()).as(last[0].asString()).isEqualTo(expected);
        });
        return last[0];
    }
}
