package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Projects;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * An S3 thematic partnership run by the S3 Platform's rules through the API: 3 regions from 3 EU Member States, two
 * lead regions with commitment letters for 24 months, three helices, and a FUNDED (or RUNNING) investment project
 * before SCALE_UP: withdrawn, the passed gate regresses; another one funded, it is restored.
 */
@QuarkusTest
class S3ProgrammeTests {

    private static ValidatableResponse readiness(String id) {
        return given().get(BASE + "/" + id + "/readiness").then().statusCode(200);
    }

    private static String message(String code) {
        return "criteria.find { it.code == '" + code + "' }.message";
    }

    private static List<String> unmet(String id) {
        return readiness(id).extract().path("criteria.findAll { !it.met }.code");
    }

    @Test
    void aThematicPartnershipFollowsThePlatformsRules() {
        String es = Regions.known("ES", "C22");
        String de = Regions.known("DE", "C22");
        String it = Regions.known("IT", "C22");
        String ch = Regions.known("CH", "C22");
        String body = "{\"title\":\"Circular plastics\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\"},"
                + "\"programme\":\"S3_THEMATIC_PARTNERSHIP\",\"leadRegion\":\"" + es + "\",\"members\":[{\"regionCode\":\""
                + es + "\",\"role\":\"lead\"},{\"regionCode\":\"" + de + "\",\"role\":\"lead\"},{\"regionCode\":\"" + it
                + "\",\"role\":\"partner\"}]}";
        String id = as(TestTokens.editor(es)).body(body).post(BASE).then().statusCode(201)
                .body("programme", equalTo("S3_THEMATIC_PARTNERSHIP")).extract().path("id");
        Partnerships.scopingNote(es, id);
        readiness(id).body(message("MIN_REGIONS"), containsString("1 active member region(s)"))
                .body(message("MIN_LEADS"), equalTo("1 active lead region(s) [" + es + "]; at least 2 are needed"));
        // the co-lead accepts; a Swiss region joins, the Italian one has not accepted yet
        Partnerships.decide(id, de, "ACCEPT").then().statusCode(200);
        as(TestTokens.admin()).body("{}").put(BASE + "/" + id + "/members/" + ch).then().statusCode(200);
        readiness(id).body(message("MIN_REGIONS"), containsString("3 active member region(s)"))
                .body(message("MIN_COUNTRIES"), equalTo("active members come from 2 EU Member State(s) [DE, ES]; not EU "
                        + "Member States: [CH]; at least 3 are needed"));
        Partnerships.decide(id, it, "ACCEPT").then().statusCode(200);
        List<String> missing = unmet(id);
        assertThat(missing).containsExactly("COMMITMENT_LETTERS");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Partnerships.letter(id, es, today.minusMonths(1).toString(), today.plusMonths(23).toString()).then().statusCode(200);
        Partnerships.letter(id, de, today.toString(), today.plusMonths(12).toString()).then().statusCode(200);
        readiness(id).body(message("COMMITMENT_LETTERS"), containsString(de + "'s letter holds until"));
        Partnerships.letter(id, de, today.toString(), today.plusMonths(24).toString()).then().statusCode(200);
        readiness(id).body("ready", equalTo(true));
        Partnerships.advance(TestTokens.editor(de), id).then().statusCode(200).body("stage", equalTo("MAPPING"));

        // MAPPING → PILOT: every active member in the map, three helices
        Partnerships.complementarityMap(es, id, es, de, it, ch);
        Partnerships.participant(TestTokens.editor(es), id, "UNIVERSITY", es);
        Partnerships.participant(TestTokens.editor(it), id, "RESEARCH_ORGANISATION", it);
        Partnerships.participant(TestTokens.editor(de), id, "CLUSTER", de);
        readiness(id).body(message("HELIX_DIVERSITY"), containsString("cover 2 helix(es) [ACADEMIA, INDUSTRY]; at least 3"));
        Partnerships.participant(TestTokens.editor(ch), id, "PUBLIC_AUTHORITY", ch);
        readiness(id).body("ready", equalTo(true));
        Partnerships.advance(TestTokens.editor(es), id).then().statusCode(200).body("stage", equalTo("PILOT"));

        // PILOT → SCALE_UP: a committed source of more than 0 EUR, and a funded investment project
        Partnerships.pilotReport(es, id);
        Partnerships.evidence(TestTokens.editor(es), id, "funding-plan",
                "{\"sources\":[{\"name\":\"Pledge\",\"kind\":\"PRIVATE\",\"amountEur\":0,\"committed\":true}]}")
                .then().statusCode(200);
        assertThat(unmet(id)).containsExactly("COMMITTED_FUNDING", "INVESTMENT_PROJECT");
        Partnerships.fundingPlan(es, id);
        Partnerships.advance(TestTokens.editor(es), id).then().statusCode(409)
                .body("unmetCriteria.code", equalTo(List.of("INVESTMENT_PROJECT")))
                .body("unmetCriteria[0].message", equalTo("0 investment project(s) FUNDED or RUNNING; programme "
                        + "S3_THEMATIC_PARTNERSHIP needs at least 1 before SCALE_UP"));
        given().get(BASE + "/" + id).then().body("regressions", hasSize(0));

        // a project SUBMITTED is not enough; FUNDED it is, and the partnership scales up
        String lead = TestTokens.editor(es);
        String project = Projects.recorded(lead, id, Projects.body("I3_STRAND_1", es, de), "PREPARE", "SUBMIT");
        assertThat(unmet(id)).containsExactly("INVESTMENT_PROJECT");
        Projects.move(lead, id, project, "FUND").then().statusCode(200).body("status", equalTo("FUNDED"));
        readiness(id).body("ready", equalTo(true)).body(message("INVESTMENT_PROJECT"), equalTo("1 investment project(s) "
                + "FUNDED or RUNNING; programme S3_THEMATIC_PARTNERSHIP needs at least 1 before SCALE_UP"));
        Partnerships.advance(lead, id).then().statusCode(200).body("stage", equalTo("SCALE_UP"));
        // RUNNING still counts; withdrawn, the passed gate's criterion regresses; another one FUNDED restores it
        Projects.move(lead, id, project, "START").then().statusCode(200);
        given().get(BASE + "/" + id).then().body("regressions", hasSize(0));
        Projects.move(lead, id, project, "WITHDRAW").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().get(BASE + "/" + id).then().body("regressions.code", equalTo(List.of("INVESTMENT_PROJECT")))
                .body("rescopingRecommended", equalTo(true));
        Projects.recorded(lead, id, Projects.body("ERDF", es), "PREPARE", "SUBMIT", "FUND");
        given().get(BASE + "/" + id).then().body("regressions", hasSize(0));
    }
}
