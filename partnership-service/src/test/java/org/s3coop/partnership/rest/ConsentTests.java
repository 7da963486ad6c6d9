package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Db;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Consent (DESIGN.md section 8): regions the caller speaks for are ACTIVE at once, the others INVITED until they
 * accept or decline; only ACTIVE members count. Roles as text; nested members refused; the priority checked against
 * the shared catalogue; programmes.
 */
@QuarkusTest
class ConsentTests {
    private static final String PROBLEM = "application/problem+json";

    private static String member(String region, String field) {
        return "members.find { it.regionCode == '" + region + "' }." + field;
    }

    @Test
    void regionsTheProposerDoesNotSpeakForAreInvitedAndCountOnceTheyAccept() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = Partnerships.proposeResponse(TestTokens.editor(lead), "C22", lead, partner).then().statusCode(201)
                .body(member(lead, "status"), equalTo("ACTIVE")).body(member(lead, "role"), equalTo("LEAD"))
                .body(member(partner, "status"), equalTo("INVITED")).body(member(partner, "role"), equalTo("PARTNER"))
                .extract().path("id");
        given().get(BASE + "/" + id + "/readiness").then()
                .body("criteria.find { it.code == 'MIN_REGIONS' }.message", containsString("1 active member region(s)"));
        given().queryParam("invited", partner).get(BASE).then().body("items.id", hasItem(id));
        given().queryParam("region", partner).get(BASE).then().body("items.id", not(hasItem(id)));
        // only the invited region's editors (or an admin) decide
        Partnerships.as(TestTokens.editor(lead)).body("{\"decision\":\"ACCEPT\"}")
                .post(BASE + "/" + id + "/members/" + partner + "/decision").then().statusCode(403).contentType(PROBLEM)
                .body("missingRight", equalTo("DECIDE_INVITATION")).body("detail", containsString(partner));
        Partnerships.decide(id, partner, "ACCEPT").then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body(member(partner, "status"), equalTo("ACTIVE"));
        given().get(BASE + "/" + id + "/readiness").then()
                .body("criteria.find { it.code == 'MIN_REGIONS' }.met", equalTo(true));
        given().queryParam("region", partner).get(BASE).then().body("items.id", hasItem(id));
        // nothing left to decide
        Partnerships.decide(id, partner, "DECLINE").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://s3coop.org/problems/no-pending-invitation"));
        Partnerships.decide(id, Regions.known("IT", "C22"), "ACCEPT").then().statusCode(404);
        as(TestTokens.editor(partner)).body("{\"decision\":\"MAYBE\"}")
                .post(BASE + "/" + id + "/members/" + partner + "/decision").then().statusCode(400);

        List<CloudEventRecords.Event> events = Partnerships.events(id, 2);
        assertThat(events).extracting(CloudEventRecords.Event::type).containsExactly(
                "org.s3coop.partnership.proposed.v1", "org.s3coop.partnership.member-joined.v1");
        JsonNode proposed = events.get(0).data();
        assertThat(proposed.get("members")).extracting(m -> m.get("regionCode").asText()).containsExactly(lead);
        assertThat(proposed.get("invitedMembers")).extracting(m -> m.get("regionCode").asText()).containsExactly(partner);
        assertThat(proposed.get("actor").asText()).isEqualTo("editor-" + lead);
        JsonNode joined = events.get(1).data();
        assertThat(joined.get("regionCode").asText()).isEqualTo(partner);
        assertThat(joined.get("members")).extracting(m -> m.get("status").asText()).containsOnly("ACTIVE").hasSize(2);
        assertThat(joined.get("invitedMembers")).isEmpty();
        assertThat(joined.get("actor").asText()).isEqualTo("editor-" + partner);
    }

    @Test
    void anInvitedRegionDeclinesOrItsInvitationIsWithdrawn() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String other = Regions.known("IT", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        String members = BASE + "/" + id + "/members/";
        as(TestTokens.editor(lead)).body("{\"contribution\":\"converters\"}").put(members + other).then().statusCode(200)
                .body(member(other, "status"), equalTo("INVITED"));
        // an invited region adds no participants and signs no letters yet
        as(TestTokens.editor(other)).body("{\"name\":\"X\",\"type\":\"COMPANY\",\"regionCode\":\"" + other + "\"}")
                .post(BASE + "/" + id + "/participants").then().statusCode(422)
                .body("type", equalTo("https://s3coop.org/problems/not-a-member"));
        Partnerships.decide(id, other, "DECLINE").then().statusCode(200).body("members.regionCode", not(hasItem(other)));
        as(TestTokens.editor(lead)).body("{}").put(members + other).then().statusCode(200);
        as(TestTokens.editor(lead)).delete(members + other).then().statusCode(200)
                .body("members.regionCode", not(hasItem(other)));
        assertThat(Partnerships.eventTypes(id, 5)).containsExactly("proposed", "member-invited", "invitation-declined",
                "member-invited", "invitation-withdrawn");
        JsonNode declined = Partnerships.events(id, 5).get(2).data();
        assertThat(declined.get("regionCode").asText()).isEqualTo(other);
        assertThat(declined.get("actor").asText()).isEqualTo("editor-" + other);
    }

    @Test
    void anAdminSpeaksForEveryRegionSoExistingClientsProposeAsBefore() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String joiner = Regions.known("IT", "C22");
        String id = Partnerships.proposeResponse(TestTokens.admin(), "C22", lead, partner).then().statusCode(201)
                .body("members.status", equalTo(List.of("ACTIVE", "ACTIVE"))).body("programme",
                        equalTo("INTERREGIONAL_COOPERATION")).extract().path("id");
        as(TestTokens.admin()).body("{\"role\":\"partner\"}").put(BASE + "/" + id + "/members/" + joiner).then()
                .statusCode(200).body(member(joiner, "status"), equalTo("ACTIVE"));
        // an editor whose claim lists the region speaks for it too
        String other = Regions.known("PL", "C22");
        as(Partnerships.speakingFor(lead, other)).body("{}").put(BASE + "/" + id + "/members/" + other).then()
                .statusCode(200).body(member(other, "status"), equalTo("ACTIVE"));
    }

    @Test
    void rolesAreReadFromTheTextClientsSend() {
        String lead = Regions.known("ES", "C22");
        String colead = Regions.known("DE", "C22");
        String described = Regions.known("IT", "C22");
        String silent = Regions.known("PL", "C22");
        String body = "{\"title\":\"Roles\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\"},\"leadRegion\":\""
                + lead + "\",\"members\":[{\"regionCode\":\"" + lead + "\",\"role\":\"partner\"},{\"regionCode\":\"" + colead
                + "\",\"role\":\" LEAD \"},{\"regionCode\":\"" + described + "\",\"role\":\"coordinator of pilots\"},"
                + "{\"regionCode\":\"" + silent + "\"}]}";
        as(TestTokens.admin()).body(body).post(BASE).then().statusCode(201)
                .body(member(lead, "role"), equalTo("LEAD"))
                .body(member(colead, "role"), equalTo("LEAD"))
                .body(member(described, "role"), equalTo("PARTNER"))
                .body(member(silent, "role"), equalTo("PARTNER"));
    }

    @Test
    void nestedMembersAreRefusedNamingBoth() {
        String lead = Regions.known("DE", "C22");
        String child = Regions.known("ES", "C22");
        String parent = child.substring(0, 4);
        Regions.awaitProcessed(Regions.publish(Regions.REGISTERED, parent, 1, true, "C22"));
        long before = Db.partnerships();
        Partnerships.proposeResponse(TestTokens.admin(), "C22", lead, parent, child).then().statusCode(422)
                .contentType(PROBLEM).body("type", equalTo("https://s3coop.org/problems/nested-member-regions"))
                .body("detail", containsString(parent)).body("detail", containsString(child));
        assertEquals(before, Db.partnerships());
        String id = Partnerships.propose("C22", lead, child);
        as(TestTokens.admin()).body("{}").put(BASE + "/" + id + "/members/" + parent).then().statusCode(422)
                .body("type", equalTo("https://s3coop.org/problems/nested-member-regions"))
                .body("detail", containsString(parent + " and " + child));
        assertEquals(1, Partnerships.version(id));
    }

    @Test
    void thePriorityMustBeInTheCatalogueAndTheProgrammeKnown() {
        String lead = Regions.known("ES", "C22", "HEALTH");
        long before = Db.partnerships();
        for (String priority : List.of("{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C99\"}",
                "{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"HEALTH\"}", "{\"family\":\"SCIENTIFIC_DOMAIN\",\"code\":\"NABS15\"}")) {
            as(TestTokens.admin()).body("{\"title\":\"t\",\"priority\":" + priority + ",\"leadRegion\":\"" + lead
                    + "\",\"members\":[{\"regionCode\":\"" + lead + "\"}]}").post(BASE).then().statusCode(400)
                    .contentType(PROBLEM).body("violations.field", equalTo(List.of("priority.code")))
                    .body("violations[0].message", containsString("priority catalogue"));
        }
        as(TestTokens.admin()).body("{\"title\":\"t\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\"},"
                + "\"programme\":\"HORIZON\",\"leadRegion\":\"" + lead + "\",\"members\":[{\"regionCode\":\"" + lead + "\"}]}")
                .post(BASE).then().statusCode(400).body("violations.field", equalTo(List.of("programme")))
                .body("violations[0].message", containsString("S3_THEMATIC_PARTNERSHIP"));
        assertEquals(before, Db.partnerships());
        // a NACE section is a catalogue code too
        as(TestTokens.admin()).body("{\"title\":\"t\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C\"},"
                + "\"programme\":\"S3_THEMATIC_PARTNERSHIP\",\"leadRegion\":\"" + lead + "\",\"members\":[{\"regionCode\":\""
                + lead + "\"}]}").post(BASE).then().statusCode(201).body("programme", equalTo("S3_THEMATIC_PARTNERSHIP"));
    }

    @Test
    void theProgrammesAreServedWithTheirRules() {
        given().get("/api/v1/programmes").then().statusCode(200)
                .body("code", equalTo(List.of("S3_THEMATIC_PARTNERSHIP", "INTERREGIONAL_COOPERATION")))
                .body("[0].minRegions", equalTo(3)).body("[0].minCountries", equalTo(3))
                .body("[0].countriesMustBeEuMemberStates", equalTo(true)).body("[0].minLeadRegions", equalTo(2))
                .body("[0].commitmentLetterRequired", equalTo(true)).body("[0].commitmentLettersFrom", equalTo("LEADS"))
                .body("[0].minCommitmentMonths", equalTo(24)).body("[0].minHelices", equalTo(3))
                .body("[0].investmentProjectRequiredForScaleUp", equalTo(true))
                .body("[1].minRegions", equalTo(2)).body("[1].minCountries", equalTo(2))
                .body("[1].countriesMustBeEuMemberStates", equalTo(false)).body("[1].minLeadRegions", equalTo(1))
                .body("[1].commitmentLetterRequired", equalTo(false)).body("[1].minHelices", equalTo(2))
                .body("[1].investmentProjectRequiredForScaleUp", equalTo(false));
        given().queryParam("programme", "s3").get(BASE).then().statusCode(400).body("violations.field", hasItem("programme"));
    }
}
