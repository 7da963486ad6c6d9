package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Everything lives in regions of one made-up country (e.g. {@code QA}: QA1 leads, QA2 is a member, QA3 joins and
 * leaves, QA4 is retired, QA5 is registered by the fixture), so tests using different countries do not meet.
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
    /** A region of the same made-up country no fixture touches: its editor may change none of the above. */
    final String stranger;
    final String round;
    String stakeholderId;
    String partnershipId;
    String participantId;
    String challengeId;
    String solutionId;
    String webhookId;

    private WriteFixtures(String country) {
        this.country = country;
        lead = country + "1";
        member = country + "2";
        joiner = country + "3";
        retiree = country + "4";
        newcomer = country + "5";
        stranger = country + "9";
        round = country.toLowerCase() + "-round";
    }

    /** Registers the regions and creates a stakeholder, a partnership with a participant, a challenge with a solution. */
    static WriteFixtures create(String country) {
        WriteFixtures f = new WriteFixtures(country);
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
                .formatted(country, f.lead, f.lead, f.member, f.joiner);
        f.partnershipId = eventually(Suite.partnership(), "POST", "/api/v1/partnerships", proposal, 201)
                .jsonPath().getString("id");
        // QA3 is known now; it leaves again so that the putMember fixture adds it
        send(Suite.partnership(), "DELETE", "/api/v1/partnerships/" + f.partnershipId + "/members/" + f.joiner, null, 200);
        f.participantId = send(Suite.partnership(), "POST", "/api/v1/partnerships/" + f.partnershipId + "/participants",
                "{\"name\":\"Setup Cluster\",\"type\":\"CLUSTER\",\"regionCode\":\"" + f.lead + "\"}", 201)
                .jsonPath().getString("id");
        // challenge-service learns the region from events too
        f.challengeId = eventually(Suite.challenge(), "POST", "/api/v1/challenges", """
                {"cluster":"CAPACITY","title":"Setup challenge","scope":{"type":"REGION","ref":"%s"},"severity":"LOW"}"""
                .formatted(f.lead), 201).jsonPath().getString("id");
        f.solutionId = send(Suite.challenge(), "POST", "/api/v1/challenges/" + f.challengeId + "/solutions",
                "{\"title\":\"Setup solution\"}", 201).jsonPath().getString("id");
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
        // partnership-service: an editor of a member region changes the partnership; its lead proposes it
        add(w, "proposePartnership", Map.of(), """
                {"title":"Fixture partnership","priority":{"family":"ECONOMIC_DOMAIN","code":"C22"},"leadRegion":"%s",
                 "members":[{"regionCode":"%s","role":"lead"},{"regionCode":"%s","role":"partner"}]}"""
                .formatted(lead, lead, member), lead);
        add(w, "putMember", Map.of("regionCode", joiner), "{\"role\":\"partner\",\"contribution\":\"converters\"}", lead);
        add(w, "removeMember", Map.of("regionCode", joiner), null, member);
        add(w, "addParticipant", Map.of(), "{\"name\":\"Fixture Institute\",\"type\":\"RESEARCH_ORGANISATION\",\"regionCode\":\"%s\"}"
                .formatted(member), member);
        add(w, "putScopingNote", Map.of(), "{\"objective\":\"Compostable trays\",\"draftActionPlan\":\"1. pilot 2. scale\"}", member);
        add(w, "putComplementarityMap", Map.of(), """
                {"entries":[{"regionCode":"%s","role":"lead","contribution":"pilot lines","valueChainSegment":"conversion"},
                            {"regionCode":"%s","role":"partner","contribution":"research","valueChainSegment":"materials"}]}"""
                .formatted(lead, member), lead);
        add(w, "putPilotReport", Map.of(), "{\"demonstrators\":[{\"name\":\"Tray line\",\"result\":\"10k trays\"}]}", member);
        add(w, "putFundingPlan", Map.of(),
                "{\"sources\":[{\"name\":\"I3 strand 1\",\"kind\":\"EU\",\"amountEur\":250000.50,\"committed\":true}]}", lead);
        add(w, "transitionPartnership", Map.of(), "{\"action\":\"HOLD\",\"reason\":\"waiting for the call\"}", member);
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
        var spec = given().baseUri(service.url()).auth().oauth2(token);
        if (body != null) {
            spec = spec.contentType(ContentType.JSON).body(body);
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
