package org.s3coop.partnership.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.s3coop.platform.embedded.TokenSigner;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Drives partnership-service over HTTP, as a portal would. */
public final class Partnerships {
    public static final String BASE = "/api/v1/partnerships";

    private Partnerships() {
    }

    /**
     * Proposes a partnership on {@code priority} as the lead's editor (subject {@code editor-<lead>}) speaking for every
     * member too, so that they are all ACTIVE at once; returns its id.
     */
    public static String propose(String priority, String lead, String... others) {
        return proposeResponse(speakingFor(lead, others), priority, lead, others).then().statusCode(201)
                .extract().path("id");
    }

    /** An editor token with the lead's subject ({@code editor-<lead>}) whose regions claim lists {@code others} too. */
    public static String speakingFor(String lead, String... others) {
        List<String> regions = new ArrayList<>();
        regions.add(lead);
        regions.addAll(List.of(others));
        return TokenSigner.sign(TestTokens.builder("editor-" + lead, Set.of("editor"), regions));
    }

    /** The invited region's editor accepts (or declines) its invitation. */
    public static Response decide(String id, String region, String decision) {
        return as(TestTokens.editor(region)).body("{\"decision\":\"" + decision + "\"}")
                .post(BASE + "/" + id + "/members/" + region + "/decision");
    }

    /** Records a commitment letter of {@code region} (as an admin) signed on {@code signedOn}, holding until {@code validUntil}. */
    public static Response letter(String id, String region, String signedOn, String validUntil) {
        return as(TestTokens.admin()).body("{\"signedBy\":\"Government of " + region + "\",\"signedOn\":\"" + signedOn
                + "\",\"validUntil\":\"" + validUntil + "\",\"document\":{\"uri\":\"https://docs.example.org/" + region
                + ".pdf\",\"sha256\":\"" + "ab".repeat(32) + "\"}}").put(BASE + "/" + id + "/commitment-letters/" + region);
    }

    /** The partnership's events on the topic, in order, once at least {@code count} are there. */
    public static List<CloudEventRecords.Event> events(String id, int count) {
        try (CloudEventRecords records = Kafka.reader(Kafka.PARTNERSHIPS)) {
            return records.await(e -> id.equals(e.key()), count, Duration.ofSeconds(30));
        }
    }

    /** The types of the partnership's events, without the {@code org.s3coop.partnership.} prefix and {@code .v1}. */
    public static List<String> eventTypes(String id, int count) {
        return events(id, count).stream().map(e -> e.type().replace("org.s3coop.partnership.", "").replace(".v1", ""))
                .toList();
    }

    public static ValidatableResponse audit(String id, String query) {
        return given().get(BASE + "/" + id + "/audit" + (query.isEmpty() ? "" : "?" + query)).then().statusCode(200);
    }

    public static Response proposeResponse(String token, String priority, String lead, String... others) {
        List<String> members = new ArrayList<>();
        members.add("{\"regionCode\":\"" + lead + "\",\"role\":\"lead\",\"contribution\":\"coordination\"}");
        for (String o : others) {
            members.add("{\"regionCode\":\"" + o + "\",\"role\":\"partner\",\"contribution\":\"research\"}");
        }
        String body = "{\"title\":\"Partnership led by " + lead + "\",\"priority\":{\"family\":\"" + Regions.familyOf(priority)
                + "\",\"code\":\"" + priority + "\"},\"leadRegion\":\"" + lead + "\",\"members\":[" + String.join(",", members)
                + "]}";
        return as(token).body(body).post(BASE);
    }

    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    public static long version(String id) {
        return ((Number) given().get(BASE + "/" + id).then().statusCode(200).extract().path("version")).longValue();
    }

    public static Response transition(String token, String id, String body) {
        return as(token).body(body).post(BASE + "/" + id + "/transitions");
    }

    public static Response transition(String token, String id, String body, long ifMatch) {
        return as(token).header("If-Match", "\"" + ifMatch + "\"").body(body).post(BASE + "/" + id + "/transitions");
    }

    public static Response advance(String token, String id) {
        return transition(token, id, "{\"action\":\"ADVANCE\"}");
    }

    public static Response evidence(String token, String id, String kind, String body) {
        return as(token).body(body).put(BASE + "/" + id + "/evidence/" + kind);
    }

    public static void scopingNote(String lead, String id) {
        evidence(TestTokens.editor(lead), id, "scoping-note",
                "{\"objective\":\"replace fossil packaging\",\"draftActionPlan\":\"map, pilot, scale\"}").then().statusCode(200);
    }

    public static void complementarityMap(String lead, String id, String... members) {
        List<String> entries = new ArrayList<>();
        for (String m : members) {
            entries.add("{\"regionCode\":\"" + m + "\",\"role\":\"r\",\"contribution\":\"c\",\"valueChainSegment\":\"s\"}");
        }
        evidence(TestTokens.editor(lead), id, "complementarity-map", "{\"entries\":[" + String.join(",", entries) + "]}")
                .then().statusCode(200);
    }

    public static void participant(String token, String id, String type, String region) {
        as(token).body("{\"name\":\"Org " + type + "\",\"type\":\"" + type + "\",\"regionCode\":\"" + region + "\"}")
                .post(BASE + "/" + id + "/participants").then().statusCode(201);
    }

    public static void pilotReport(String lead, String id) {
        evidence(TestTokens.editor(lead), id, "pilot-report",
                "{\"demonstrators\":[{\"name\":\"tray line\",\"result\":\"works\"}]}").then().statusCode(200);
    }

    public static void fundingPlan(String lead, String id) {
        evidence(TestTokens.editor(lead), id, "funding-plan",
                "{\"sources\":[{\"name\":\"I3\",\"kind\":\"EU\",\"amountEur\":2500000,\"committed\":true}]}")
                .then().statusCode(200);
    }

    /**
     * A partnership between two known regions of two countries sharing the priority, with every piece of evidence
     * recorded: every gate passes. Returns {id, lead, partner}.
     */
    public static String[] fullyEvidenced() {
        return fullyEvidenced("C22");
    }

    /** As {@link #fullyEvidenced()}, on {@code priority}. */
    public static String[] fullyEvidenced(String priority) {
        String lead = Regions.known("ES", priority);
        String partner = Regions.known("DE", priority);
        String id = propose(priority, lead, partner);
        scopingNote(lead, id);
        complementarityMap(lead, id, lead, partner);
        participant(TestTokens.editor(lead), id, "UNIVERSITY", lead);
        participant(TestTokens.editor(partner), id, "COMPANY", partner);
        pilotReport(lead, id);
        fundingPlan(lead, id);
        return new String[] { id, lead, partner };
    }

    /** Advances (as the lead's editor) until {@code stage}. */
    public static void advanceTo(String id, String lead, String stage) {
        String[] order = { "SCOPING", "MAPPING", "PILOT", "SCALE_UP" };
        String current = given().get(BASE + "/" + id).then().extract().path("stage");
        int from = List.of(order).indexOf(current);
        int to = List.of(order).indexOf(stage);
        for (int i = from; i < to; i++) {
            advance(TestTokens.editor(lead), id).then().statusCode(200);
        }
    }
}
