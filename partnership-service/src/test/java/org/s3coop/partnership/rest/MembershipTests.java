package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MembershipTests {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void membersAreInvitedAcceptChangeAndLeaveWithVersionsAndIfMatch() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String joiner = Regions.known("IT", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        String members = BASE + "/" + id + "/members/";
        // the lead's editor does not speak for the joiner: it is invited
        as(TestTokens.editor(lead)).header("If-Match", "\"1\"").body("{\"role\":\"partner\",\"contribution\":\"converters\"}")
                .put(members + joiner).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("members.find { it.regionCode == '" + joiner + "' }.status", equalTo("INVITED"))
                .body("members.find { it.regionCode == '" + joiner + "' }.role", equalTo("PARTNER"))
                .body("version", equalTo(2));
        // a stale If-Match changes nothing
        as(TestTokens.editor(lead)).header("If-Match", "\"1\"").body("{\"role\":\"x\"}").put(members + joiner)
                .then().statusCode(412).contentType(PROBLEM).body("type", equalTo("https://s3coop.org/problems/stale-version"));
        Partnerships.decide(id, joiner, "ACCEPT").then().statusCode(200).header("ETag", equalTo("\"3\""))
                .body("members.find { it.regionCode == '" + joiner + "' }.status", equalTo("ACTIVE"));
        // a partner may not make itself a lead; the leads' editors may make a member a co-lead (role text, any case)
        as(TestTokens.editor(partner)).body("{\"role\":\"lead\"}").put(members + partner).then().statusCode(403)
                .contentType(PROBLEM).body("missingRight", equalTo("CHANGE_MEMBER_ROLE"));
        as(TestTokens.editor(lead)).body("{\"role\":\"Lead\",\"contribution\":\"pilot lines\"}").put(members + joiner)
                .then().statusCode(200).body("version", equalTo(4))
                .body("members.find { it.regionCode == '" + joiner + "' }.role", equalTo("LEAD"));
        // its own editor changes its contribution; the role stays
        as(TestTokens.editor(joiner)).body("{\"contribution\":\"moulds\"}").put(members + joiner).then().statusCode(200)
                .body("members.find { it.regionCode == '" + joiner + "' }.role", equalTo("LEAD"))
                .body("members.find { it.regionCode == '" + joiner + "' }.contribution", equalTo("moulds"));
        as(TestTokens.editor(joiner)).header("If-Match", "W/\"5\"").delete(members + joiner).then().statusCode(200)
                .body("members.regionCode", not(hasItem(joiner))).body("version", equalTo(6));
        as(TestTokens.editor(lead)).delete(members + joiner).then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.admin()).delete(members + lead).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://s3coop.org/problems/lead-region-cannot-leave"));
        assertEquals(6, Partnerships.version(id));
    }

    @Test
    void unknownAndRetiredRegionsCannotJoin() {
        String lead = Regions.known("ES", "C22");
        String retired = Regions.known("FR", "C22");
        Regions.awaitProcessed(Regions.publish(Regions.RETIRED, retired, 2, false, "C22"));
        String id = Partnerships.propose("C22", lead);
        String unknown = Regions.newCode("PT");
        as(TestTokens.editor(lead)).body("{}").put(BASE + "/" + id + "/members/" + unknown).then().statusCode(422)
                .contentType(PROBLEM).body("detail", containsString("unknown to partnership-service"));
        as(TestTokens.editor(lead)).body("{}").put(BASE + "/" + id + "/members/" + retired).then().statusCode(422)
                .body("type", equalTo("https://s3coop.org/problems/retired-region"));
        assertEquals(1, Partnerships.version(id));
    }

    @Test
    void onlyEditorsOfMemberRegionsChangeMembers() {
        String lead = Regions.known("ES", "C22");
        String outsider = Regions.known("DE", "C22");
        String id = Partnerships.propose("C22", lead);
        String path = BASE + "/" + id + "/members/" + outsider;
        as(null).body("{}").put(path).then().statusCode(401).contentType(PROBLEM);
        as(TestTokens.viewer()).body("{}").put(path).then().statusCode(403).contentType(PROBLEM);
        as(TestTokens.editor(outsider)).body("{}").put(path).then().statusCode(403).contentType(PROBLEM);
        as(TestTokens.editor(outsider)).delete(BASE + "/" + id + "/members/" + lead).then().statusCode(403);
        assertEquals(1, Partnerships.version(id));
        as(TestTokens.admin()).body("{}").put(path).then().statusCode(200);
    }

    @Test
    void badMemberInputIsAProblemAndChangesNothing() {
        String lead = Regions.known("ES", "C22");
        String id = Partnerships.propose("C22", lead);
        as(TestTokens.editor(lead)).body("{}").put(BASE + "/" + id + "/members/es51").then().statusCode(400)
                .body("violations.field", hasItem("regionCode"));
        as(TestTokens.editor(lead)).body("{\"role\":\"" + "x".repeat(201) + "\"}").put(BASE + "/" + id + "/members/DE21")
                .then().statusCode(400).body("violations.field", hasItem("role"));
        as(TestTokens.editor(lead)).body("{\"rank\":1}").put(BASE + "/" + id + "/members/DE21").then().statusCode(400)
                .body("violations.field", hasItem("rank"));
        as(TestTokens.editor(lead)).body("{}").put(BASE + "/4efccbb8-46be-40ff-8ff6-027be54f6d5e/members/DE21")
                .then().statusCode(404);
        assertEquals(1, Partnerships.version(id));
    }

    @Test
    void participantsComeFromMemberRegions() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String outsider = Regions.known("IT", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        String location = as(TestTokens.editor(partner))
                .body("{\"name\":\"Packaging Cluster\",\"type\":\"CLUSTER\",\"regionCode\":\"" + partner + "\"}")
                .post(BASE + "/" + id + "/participants").then().statusCode(201)
                .header("Location", matchesPattern(".*/participants/[0-9a-f-]{36}$")).header("ETag", equalTo("\"2\""))
                .body("type", equalTo("CLUSTER")).extract().header("Location");
        given().get(location).then().statusCode(200).body("name", equalTo("Packaging Cluster"));
        given().get(BASE + "/" + id).then().body("participants", hasSize(1));
        as(TestTokens.editor(lead)).body("{\"name\":\"X\",\"type\":\"COMPANY\",\"regionCode\":\"" + outsider + "\"}")
                .post(BASE + "/" + id + "/participants").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://s3coop.org/problems/not-a-member"));
        as(TestTokens.editor(lead)).body("{\"name\":\"X\",\"type\":\"BANK\",\"regionCode\":\"" + lead + "\"}")
                .post(BASE + "/" + id + "/participants").then().statusCode(400).body("violations.field", hasItem("type"));
        as(TestTokens.editor(lead)).body("{\"type\":\"COMPANY\",\"regionCode\":\"" + lead + "\"}")
                .post(BASE + "/" + id + "/participants").then().statusCode(400).body("violations.field", hasItem("name"));
        as(TestTokens.editor(outsider)).body("{\"name\":\"X\",\"type\":\"COMPANY\",\"regionCode\":\"" + lead + "\"}")
                .post(BASE + "/" + id + "/participants").then().statusCode(403);
        assertEquals(2, Partnerships.version(id));
    }

    @Test
    void evidenceIsRecordedWithIfMatchAndCheckedInput() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String outsider = Regions.known("IT", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        String token = TestTokens.editor(lead);
        as(token).header("If-Match", "\"1\"").body("{\"objective\":\"o\",\"draftActionPlan\":\"p\"}")
                .put(BASE + "/" + id + "/evidence/scoping-note").then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("evidence.scopingNote.objective", equalTo("o"));
        as(token).header("If-Match", "\"1\"").body("{\"demonstrators\":[]}").put(BASE + "/" + id + "/evidence/pilot-report")
                .then().statusCode(412);
        as(token).body("{\"entries\":[{\"regionCode\":\"" + partner + "\",\"role\":\"r\",\"contribution\":\"c\",\"valueChainSegment\":\"s\"}]}")
                .put(BASE + "/" + id + "/evidence/complementarity-map").then().statusCode(200)
                .body("evidence.complementarityMap.entries[0].valueChainSegment", equalTo("s"));
        as(token).body("{\"entries\":[{\"regionCode\":\"" + outsider + "\",\"role\":\"r\",\"contribution\":\"c\"}]}")
                .put(BASE + "/" + id + "/evidence/complementarity-map").then().statusCode(422)
                .body("type", equalTo("https://s3coop.org/problems/not-a-member"));
        as(token).body("{\"entries\":[{\"regionCode\":\"" + lead + "\"},{\"regionCode\":\"" + lead + "\"}]}")
                .put(BASE + "/" + id + "/evidence/complementarity-map").then().statusCode(400)
                .body("violations.field", hasItem("entries[1].regionCode"));
        as(token).body("{\"demonstrators\":[{\"name\":\"tray\",\"result\":\"works\"}]}")
                .put(BASE + "/" + id + "/evidence/pilot-report").then().statusCode(200)
                .body("evidence.pilotReport.demonstrators", hasSize(1));
        as(token).body("{\"demonstrators\":[{\"result\":\"works\"}]}").put(BASE + "/" + id + "/evidence/pilot-report")
                .then().statusCode(400).body("violations.field", hasItem("demonstrators[0].name"));
        as(token).body("{\"sources\":[{\"name\":\"I3\",\"kind\":\"EU\",\"amountEur\":-5,\"committed\":true}]}")
                .put(BASE + "/" + id + "/evidence/funding-plan").then().statusCode(400)
                .body("violations.field", hasItem("sources[0].amountEur"));
        as(token).body("{\"sources\":[{\"name\":\"I3\",\"kind\":\"LOAN\",\"amountEur\":5,\"committed\":true}]}")
                .put(BASE + "/" + id + "/evidence/funding-plan").then().statusCode(400);
        as(token).body("{\"sources\":[{\"name\":\"I3\",\"kind\":\"EU\",\"amountEur\":2500000.50,\"committed\":false}]}")
                .put(BASE + "/" + id + "/evidence/funding-plan").then().statusCode(200)
                .body("evidence.fundingPlan.sources[0].committed", equalTo(false));
        as(token).body("{}").put(BASE + "/" + id + "/evidence/business-plan").then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.editor(outsider)).body("{\"objective\":\"x\"}").put(BASE + "/" + id + "/evidence/scoping-note")
                .then().statusCode(403);
        as(null).body("{\"objective\":\"x\"}").put(BASE + "/" + id + "/evidence/scoping-note").then().statusCode(401);
        given().get(BASE + "/" + id).then().header("ETag", equalTo("\"5\"")).body("evidence.scopingNote.objective", equalTo("o"));
    }
}
