package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** Participants are editable and removable; a member's participants (and its letter) leave with it. */
@QuarkusTest
class ParticipantTests {
    private static final String PROBLEM = "application/problem+json";

    private static String add(String token, String id, String name, String type, String region) {
        return as(token).body("{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"regionCode\":\"" + region + "\"}")
                .post(BASE + "/" + id + "/participants").then().statusCode(201).extract().path("id");
    }

    @Test
    void aParticipantIsEditedAndRemovedByItsRegionOrTheLeads() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        String pid = add(TestTokens.editor(partner), id, "Packaging Cluster", "CLUSTER", partner);
        String path = BASE + "/" + id + "/participants/" + pid;
        as(TestTokens.editor(partner)).header("If-Match", "\"2\"").body("{\"name\":\" Packaging Cluster Bavaria \",\"type\":"
                + "\"COMPANY\"}").put(path).then().statusCode(200).header("ETag", equalTo("\"3\""))
                .body("name", equalTo("Packaging Cluster Bavaria")).body("type", equalTo("COMPANY"))
                .body("regionCode", equalTo(partner)).body("id", equalTo(pid));
        given().get(path).then().statusCode(200).body("type", equalTo("COMPANY"));
        as(TestTokens.editor(lead)).header("If-Match", "\"2\"").body("{\"name\":\"x\",\"type\":\"COMPANY\"}").put(path)
                .then().statusCode(412);
        as(TestTokens.editor(lead)).body("{\"name\":\"x\",\"type\":\"BANK\"}").put(path).then().statusCode(400)
                .body("violations.field", hasItem("type"));
        as(TestTokens.editor(lead)).body("{\"type\":\"COMPANY\"}").put(path).then().statusCode(400)
                .body("violations.field", hasItem("name"));
        // another member region's editor may not touch it
        String third = Regions.known("IT", "C22");
        as(TestTokens.admin()).body("{}").put(BASE + "/" + id + "/members/" + third).then().statusCode(200);
        as(TestTokens.editor(third)).body("{\"name\":\"x\",\"type\":\"COMPANY\"}").put(path).then().statusCode(403)
                .contentType(PROBLEM).body("missingRight", equalTo("UPDATE_PARTICIPANT"));
        as(TestTokens.editor(third)).delete(path).then().statusCode(403).body("missingRight", equalTo("REMOVE_PARTICIPANT"));
        as(TestTokens.editor(lead)).delete(path).then().statusCode(200).body("participants", hasSize(0));
        given().get(path).then().statusCode(404);
        as(TestTokens.editor(lead)).delete(path).then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.editor(lead)).body("{\"name\":\"x\",\"type\":\"COMPANY\"}")
                .put(BASE + "/" + id + "/participants/4efccbb8-46be-40ff-8ff6-027be54f6d5e").then().statusCode(404);
        assertThat(Partnerships.eventTypes(id, 5)).containsExactly("proposed", "evidence-updated", "evidence-updated",
                "member-joined", "evidence-updated");
    }

    @Test
    void aMembersParticipantsAndLetterLeaveWithItAndHelixDiversityFollows() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String third = Regions.known("IT", "C22");
        String id = Partnerships.propose("C22", lead, partner, third);
        add(TestTokens.editor(lead), id, "University of Seville", "UNIVERSITY", lead);
        add(TestTokens.editor(partner), id, "Packaging Cluster", "CLUSTER", partner);
        add(TestTokens.editor(partner), id, "Bavarian ministry", "PUBLIC_AUTHORITY", partner);
        add(TestTokens.editor(third), id, "Converter", "COMPANY", third);
        Partnerships.letter(id, partner, "2026-01-15", "2028-01-14").then().statusCode(200);
        String readiness = BASE + "/" + id + "/readiness";
        Partnerships.scopingNote(lead, id);
        Partnerships.advance(TestTokens.editor(lead), id).then().statusCode(200);
        given().get(readiness).then().body("criteria.find { it.code == 'HELIX_DIVERSITY' }.message",
                equalTo("participants cover 3 helix(es) [ACADEMIA, INDUSTRY, GOVERNMENT]; at least 2 are needed "
                        + "(academia: UNIVERSITY, RESEARCH_ORGANISATION; industry: COMPANY, CLUSTER; government: "
                        + "PUBLIC_AUTHORITY; civil society: CIVIL_SOCIETY)"));
        // the partner leaves: its two participants and its letter go with it
        as(TestTokens.editor(partner)).delete(BASE + "/" + id + "/members/" + partner).then().statusCode(200)
                .body("members.regionCode", not(hasItem(partner)))
                .body("participants.regionCode", equalTo(List.of(lead, third)))
                .body("commitmentLetters", hasSize(0));
        given().get(readiness).then().body("criteria.find { it.code == 'HELIX_DIVERSITY' }.message",
                startsWith("participants cover 2 helix(es) [ACADEMIA, INDUSTRY]"));
        Partnerships.audit(id, "size=100").body("items.findAll { it.action == 'REMOVE_MEMBER' }.entity",
                equalTo(List.of("member", "participant", "participant", "letter")));
    }
}
