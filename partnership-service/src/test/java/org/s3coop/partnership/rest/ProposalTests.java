package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Db;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProposalTests {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void proposesAPartnershipBetweenKnownRegionsAndReadsItWithItsVersion() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = Partnerships.proposeResponse(TestTokens.editor(lead), "C22", lead, partner)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/partnerships/[0-9a-f-]{36}$"))
                .header("ETag", equalTo("\"1\""))
                .body("stage", equalTo("SCOPING"))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(1))
                .body("leadRegion", equalTo(lead))
                .body("priority.family", equalTo("ECONOMIC_DOMAIN"))
                .body("priority.code", equalTo("C22"))
                .body("members", hasSize(2))
                .body("rescopingRecommended", equalTo(false))
                .extract().path("id");
        given().get(BASE + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("members.regionCode", hasItem(partner))
                .body("members.find { it.regionCode == '" + partner + "' }.contribution", equalTo("research"))
                .body("evidence.scopingNote", equalTo(null));
    }

    @Test
    void refusesRegionsUnknownToThisServiceWith422AndCreatesNothing() {
        String lead = Regions.known("ES", "C22");
        String stranger = Regions.newCode("FR");
        long before = Db.partnerships();
        Partnerships.proposeResponse(TestTokens.editor(lead), "C22", lead, stranger)
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://s3coop.org/problems/unknown-region"))
                .body("status", equalTo(422))
                .body("detail", containsString(stranger))
                .body("detail", containsString("unknown to partnership-service"))
                .body("instance", equalTo(BASE));
        assertEquals(before, Db.partnerships());
    }

    @Test
    void refusesRetiredRegionsWith422() {
        String lead = Regions.known("ES", "C22");
        String retired = Regions.known("IT", "C22");
        Regions.awaitProcessed(Regions.publish(Regions.RETIRED, retired, 2, false, "C22"));
        long before = Db.partnerships();
        Partnerships.proposeResponse(TestTokens.editor(lead), "C22", lead, retired)
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://s3coop.org/problems/retired-region"))
                .body("detail", containsString(retired))
                .body("detail", containsString("retired"));
        assertEquals(before, Db.partnerships());
    }

    @Test
    void answersBadProposalsWithProblemsNamingTheFieldAndCreatesNothing() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String token = TestTokens.editor(lead);
        long before = Db.partnerships();
        String members = "[{\"regionCode\":\"" + lead + "\"},{\"regionCode\":\"" + partner + "\"}]";
        String priority = "{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\"}";
        badInput(token, "{\"priority\":" + priority + ",\"leadRegion\":\"" + lead + "\",\"members\":" + members + "}", "title");
        badInput(token, "{\"title\":\" \",\"priority\":" + priority + ",\"leadRegion\":\"" + lead + "\",\"members\":" + members + "}", "title");
        badInput(token, "{\"title\":\"t\",\"priority\":{\"family\":\"ECONOMIC\",\"code\":\"C22\"},\"leadRegion\":\"" + lead
                + "\",\"members\":" + members + "}", "priority.family");
        badInput(token, "{\"title\":\"t\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"c-22\"},\"leadRegion\":\""
                + lead + "\",\"members\":" + members + "}", "priority.code");
        badInput(token, "{\"title\":\"t\",\"priority\":" + priority + ",\"leadRegion\":\"" + lead + "\",\"members\":[]}", "members");
        badInput(token, "{\"title\":\"t\",\"priority\":" + priority + ",\"leadRegion\":\"" + lead
                + "\",\"members\":[{\"regionCode\":\"" + partner + "\"}]}", "leadRegion");
        badInput(token, "{\"title\":\"t\",\"priority\":" + priority + ",\"leadRegion\":\"" + lead
                + "\",\"members\":[{\"regionCode\":\"" + lead + "\"},{\"regionCode\":\"" + lead + "\"}]}", "members[1].regionCode");
        badInput(token, "{\"title\":\"t\",\"priority\":" + priority + ",\"leadRegion\":\"" + lead
                + "\",\"members\":[{\"regionCode\":\"es51\"}]}", "members[0].regionCode");
        badInput(token, "{\"title\":\"t\",\"priority\":" + priority + ",\"leadRegion\":\"" + lead + "\",\"members\":"
                + members + ",\"budget\":1}", "budget");
        badInput(token, "{\"title\":\"t\",\"priority\":null,\"leadRegion\":\"" + lead + "\",\"members\":" + members + "}", "priority");
        badInput(token, "{\"title\":\"t\",\"priority\":" + priority + ",\"leadRegion\":\"" + lead + "\",\"members\":[null]}", startsWith("members"));
        badInput(token, "{\"title\":\"" + "x".repeat(201) + "\",\"priority\":" + priority + ",\"leadRegion\":\"" + lead
                + "\",\"members\":" + members + "}", "title");
        as(TestTokens.admin()).body("null").post(BASE).then().statusCode(400).contentType(PROBLEM);
        as(TestTokens.admin()).contentType("text/plain").body("hello").post(BASE).then().statusCode(415).contentType(PROBLEM);
        as(TestTokens.admin()).body("{\"title\":").post(BASE).then().statusCode(400).contentType(PROBLEM)
                .body("type", startsWith("https://s3coop.org/problems/"));
        as(TestTokens.admin()).body("[]").post(BASE).then().statusCode(400).contentType(PROBLEM);
        as(TestTokens.admin()).post(BASE).then().statusCode(400).contentType(PROBLEM);
        assertEquals(before, Db.partnerships());
    }

    private static void badInput(String token, String body, String field) {
        badInput(token, body, equalTo(field));
    }

    private static void badInput(String token, String body, org.hamcrest.Matcher<String> field) {
        as(token).body(body).post(BASE).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://s3coop.org/problems/validation"))
                .body("violations.field", hasItem(field));
    }

    @Test
    void onlyTheLeadRegionsEditorOrAnAdminMayPropose() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        long before = Db.partnerships();
        Partnerships.proposeResponse(null, "C22", lead, partner).then().statusCode(401).contentType(PROBLEM);
        Partnerships.proposeResponse(TestTokens.expiredEditor(lead), "C22", lead, partner).then().statusCode(401);
        Partnerships.proposeResponse(TestTokens.signedByStranger(lead), "C22", lead, partner).then().statusCode(401);
        Partnerships.proposeResponse(TestTokens.viewer(), "C22", lead, partner).then().statusCode(403).contentType(PROBLEM);
        Partnerships.proposeResponse(TestTokens.editor(partner), "C22", lead, partner).then().statusCode(403)
                .contentType(PROBLEM).body("detail", containsString(lead));
        assertEquals(before, Db.partnerships());
        Partnerships.proposeResponse(TestTokens.admin(), "C22", lead, partner).then().statusCode(201);
    }

    @Test
    void readsOfUnknownOrMalformedIdsAreProblems() {
        given().get(BASE + "/4efccbb8-46be-40ff-8ff6-027be54f6d5e").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("4efccbb8-46be-40ff-8ff6-027be54f6d5e"));
        given().get(BASE + "/not-a-uuid").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("id"));
        given().get(BASE + "/4efccbb8-46be-40ff-8ff6-027be54f6d5e/history").then().statusCode(404);
        given().get(BASE + "/4efccbb8-46be-40ff-8ff6-027be54f6d5e/readiness").then().statusCode(404);
    }

    @Test
    void listsWithFiltersAndPaging() {
        String lead = Regions.known("ES", "C22", "HEALTH");
        String partner = Regions.known("DE", "C22", "HEALTH");
        String other = Regions.known("PL", "C22");
        String a = Partnerships.propose("C22", lead, partner);
        String b = Partnerships.propose("C22", lead);
        String c = Partnerships.propose("HEALTH", lead, partner);
        Partnerships.propose("C22", other);
        given().queryParam("region", lead).queryParam("size", 2).get(BASE).then().statusCode(200)
                .body("items", hasSize(2)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.id", equalTo(java.util.List.of(a, b)));
        given().queryParam("region", lead).queryParam("size", 2).queryParam("page", 1).get(BASE).then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(c)));
        given().queryParam("region", partner).queryParam("priority", "HEALTH").get(BASE).then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(c)));
        given().queryParam("region", lead).queryParam("stage", "SCOPING").queryParam("status", "ACTIVE").get(BASE)
                .then().statusCode(200).body("totalItems", equalTo(3));
        given().queryParam("region", lead).queryParam("stage", "PILOT").get(BASE).then().statusCode(200)
                .body("totalItems", equalTo(0)).body("items", hasSize(0));
        given().queryParam("region", other).get(BASE).then().statusCode(200).body("items.id", not(hasItem(a)));
        given().queryParam("stage", "LAUNCH").get(BASE).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("stage"));
        given().queryParam("status", "active").get(BASE).then().statusCode(400).body("violations.field", hasItem("status"));
        given().queryParam("region", "es51").get(BASE).then().statusCode(400).body("violations.field", hasItem("region"));
        given().queryParam("size", 101).get(BASE).then().statusCode(400).body("violations.field", hasItem(endsWith("size")));
        given().queryParam("page", -1).get(BASE).then().statusCode(400).body("violations.field", hasItem(endsWith("page")));
    }
}
