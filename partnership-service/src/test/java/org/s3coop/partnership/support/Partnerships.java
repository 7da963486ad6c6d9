package org.s3coop.partnership.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Drives partnership-service over HTTP, as a portal would. */
public final class Partnerships {
    public static final String BASE = "/api/v1/partnerships";

    private Partnerships() {
    }

    /** Proposes (as the lead's editor) a partnership on ECONOMIC_DOMAIN {@code priority}; returns its id. */
    public static String propose(String priority, String lead, String... others) {
        return proposeResponse(TestTokens.editor(lead), priority, lead, others).then().statusCode(201)
                .extract().path("id");
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
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = propose("C22", lead, partner);
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
