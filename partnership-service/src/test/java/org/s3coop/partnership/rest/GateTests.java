package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.s3coop.partnership.support.Partnerships.BASE;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Challenges;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Each gate criterion, unmet then met, through readiness and through a refused then accepted ADVANCE. */
@QuarkusTest
class GateTests {

    private static ValidatableResponse readiness(String id) {
        return given().get(BASE + "/" + id + "/readiness").then().statusCode(200);
    }

    private static void criterion(String id, String code, boolean met) {
        readiness(id).body("criteria.find { it.code == '" + code + "' }.met", equalTo(met));
    }

    private static void refused(String lead, String id, List<String> unmet) {
        long version = Partnerships.version(id);
        Partnerships.advance(TestTokens.editor(lead), id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://s3coop.org/problems/gate-criteria-unmet"))
                .body("unmetCriteria.code", equalTo(unmet))
                .body("unmetCriteria.message.every { it != null && it.length() > 0 }", equalTo(true));
        assertEquals(version, Partnerships.version(id), "a refused advance changes nothing");
    }

    @Test
    void scopingToMappingNeedsTwoActiveRegionsOfTwoCountriesANoteAndASharedPriority() {
        String lead = Regions.known("ES", "C21");
        String id = Partnerships.propose("C22", lead);
        readiness(id).body("gate", equalTo("SCOPING_TO_MAPPING")).body("nextStage", equalTo("MAPPING"))
                .body("ready", equalTo(false))
                .body("criteria.code", equalTo(List.of("STATUS_ACTIVE", "MIN_REGIONS", "MIN_COUNTRIES", "MIN_LEADS",
                        "SCOPING_NOTE", "SHARED_PRIORITY", "COMMITMENT_LETTERS", "NO_BLOCKING_CHALLENGE")))
                .body("criteria.met", equalTo(List.of(true, false, false, true, false, false, true, true)));
        refused(lead, id, List.of("MIN_REGIONS", "MIN_COUNTRIES", "SCOPING_NOTE", "SHARED_PRIORITY"));

        // an admin speaks for every region: the members join ACTIVE at once
        String sameCountry = Regions.known("ES", "C22");
        Partnerships.as(TestTokens.admin()).body("{}").put(BASE + "/" + id + "/members/" + sameCountry).then().statusCode(200);
        criterion(id, "MIN_REGIONS", true);
        criterion(id, "MIN_COUNTRIES", false);

        String otherCountry = Regions.known("DE", "C22");
        Partnerships.as(TestTokens.admin()).body("{}").put(BASE + "/" + id + "/members/" + otherCountry).then().statusCode(200);
        criterion(id, "MIN_COUNTRIES", true);

        Partnerships.evidence(TestTokens.editor(lead), id, "scoping-note", "{\"objective\":\"o\"}").then().statusCode(200);
        readiness(id).body("criteria.find { it.code == 'SCOPING_NOTE' }.met", equalTo(false))
                .body("criteria.find { it.code == 'SCOPING_NOTE' }.message", containsString("draft action plan"));
        Partnerships.scopingNote(lead, id);
        criterion(id, "SCOPING_NOTE", true);

        readiness(id).body("criteria.find { it.code == 'SHARED_PRIORITY' }.message", containsString(lead));
        refused(lead, id, List.of("SHARED_PRIORITY"));
        // region-service says the lead now lists C22 too
        Regions.awaitProcessed(Regions.publish(Regions.UPDATED, lead, 2, true, "C21", "C22"));
        readiness(id).body("ready", equalTo(true))
                .body("criteria.met", equalTo(List.of(true, true, true, true, true, true, true, true)));
        Partnerships.advance(TestTokens.editor(lead), id).then().statusCode(200).body("stage", equalTo("MAPPING"));
    }

    @Test
    void aRetiredMemberNoLongerCountsAsAnActiveRegion() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        Partnerships.scopingNote(lead, id);
        readiness(id).body("ready", equalTo(true));
        Regions.awaitProcessed(Regions.publish(Regions.RETIRED, partner, 2, false, "C22"));
        refused(lead, id, List.of("MIN_REGIONS", "MIN_COUNTRIES"));
    }

    @Test
    void mappingToPilotNeedsACompleteComplementarityMapAndTwoHelices() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        Partnerships.scopingNote(lead, id);
        Partnerships.advanceTo(id, lead, "MAPPING");
        readiness(id).body("gate", equalTo("MAPPING_TO_PILOT"))
                .body("criteria.code", equalTo(List.of("STATUS_ACTIVE", "COMPLEMENTARITY_MAP", "HELIX_DIVERSITY",
                        "NO_BLOCKING_CHALLENGE")));
        refused(lead, id, List.of("COMPLEMENTARITY_MAP", "HELIX_DIVERSITY"));

        Partnerships.evidence(TestTokens.editor(lead), id, "complementarity-map", "{\"entries\":[{\"regionCode\":\"" + lead
                + "\",\"role\":\"r\",\"contribution\":\"c\"},{\"regionCode\":\"" + partner + "\",\"role\":\"r\"}]}")
                .then().statusCode(200);
        readiness(id).body("criteria.find { it.code == 'COMPLEMENTARITY_MAP' }.met", equalTo(false))
                .body("criteria.find { it.code == 'COMPLEMENTARITY_MAP' }.message", containsString(partner));
        Partnerships.complementarityMap(lead, id, lead, partner);
        criterion(id, "COMPLEMENTARITY_MAP", true);

        Partnerships.participant(TestTokens.editor(lead), id, "UNIVERSITY", lead);
        Partnerships.participant(TestTokens.editor(partner), id, "UNIVERSITY", partner);
        criterion(id, "HELIX_DIVERSITY", false);
        refused(lead, id, List.of("HELIX_DIVERSITY"));
        Partnerships.participant(TestTokens.editor(partner), id, "COMPANY", partner);
        criterion(id, "HELIX_DIVERSITY", true);
        Partnerships.advance(TestTokens.editor(lead), id).then().statusCode(200).body("stage", equalTo("PILOT"));
    }

    @Test
    void pilotToScaleUpNeedsAReportCommittedFundingAndNoOpenBlockingChallenge() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        Partnerships.scopingNote(lead, id);
        Partnerships.complementarityMap(lead, id, lead, partner);
        Partnerships.participant(TestTokens.editor(lead), id, "UNIVERSITY", lead);
        Partnerships.participant(TestTokens.editor(lead), id, "PUBLIC_AUTHORITY", lead);
        Partnerships.advanceTo(id, lead, "PILOT");
        readiness(id).body("gate", equalTo("PILOT_TO_SCALE_UP"))
                .body("criteria.code", equalTo(List.of("STATUS_ACTIVE", "PILOT_REPORT", "COMMITTED_FUNDING",
                        "INVESTMENT_PROJECT", "NO_BLOCKING_CHALLENGE")));

        String challenge = UUID.randomUUID().toString();
        Challenges.awaitProcessed(Challenges.publish("raised", challenge, id, "BLOCKING", "OPEN", 1));
        criterion(id, "NO_BLOCKING_CHALLENGE", false);
        refused(lead, id, List.of("PILOT_REPORT", "COMMITTED_FUNDING", "NO_BLOCKING_CHALLENGE"));

        Partnerships.evidence(TestTokens.editor(lead), id, "pilot-report", "{\"demonstrators\":[{\"name\":\"line\"}]}")
                .then().statusCode(200);
        criterion(id, "PILOT_REPORT", false);
        Partnerships.pilotReport(lead, id);
        criterion(id, "PILOT_REPORT", true);

        Partnerships.evidence(TestTokens.editor(lead), id, "funding-plan",
                "{\"sources\":[{\"name\":\"ERDF\",\"kind\":\"REGIONAL\",\"amountEur\":100000,\"committed\":false}]}")
                .then().statusCode(200);
        criterion(id, "COMMITTED_FUNDING", false);
        Partnerships.fundingPlan(lead, id);
        criterion(id, "COMMITTED_FUNDING", true);
        refused(lead, id, List.of("NO_BLOCKING_CHALLENGE"));

        // a lower severity, or another partnership's blocking challenge, does not block
        Challenges.awaitProcessed(Challenges.publish("raised", UUID.randomUUID().toString(), id, "HIGH", "OPEN", 1));
        Challenges.awaitProcessed(Challenges.publish("raised", UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                "BLOCKING", "OPEN", 1));
        Challenges.awaitProcessed(Challenges.publish("addressed", challenge, id, "BLOCKING", "ADDRESSED", 2));
        criterion(id, "NO_BLOCKING_CHALLENGE", true);
        // reopened: blocks again; an older event arriving late does not unblock it
        Challenges.awaitProcessed(Challenges.publish("reopened", challenge, id, "BLOCKING", "OPEN", 3));
        criterion(id, "NO_BLOCKING_CHALLENGE", false);
        Challenges.awaitProcessed(Challenges.publish("addressed", challenge, id, "BLOCKING", "ADDRESSED", 2));
        criterion(id, "NO_BLOCKING_CHALLENGE", false);
        Challenges.awaitProcessed(Challenges.publish("withdrawn", challenge, id, "BLOCKING", "WITHDRAWN", 4));
        readiness(id).body("ready", equalTo(true));
        Partnerships.advance(TestTokens.editor(lead), id).then().statusCode(200).body("stage", equalTo("SCALE_UP"));
        readiness(id).body("nextStage", equalTo(null)).body("gate", equalTo(null)).body("ready", equalTo(false))
                .body("criteria", hasSize(0));
    }

    @Test
    void everyGateNeedsAnActivePartnership() {
        String[] p = Partnerships.fullyEvidenced();
        String id = p[0];
        readiness(id).body("ready", equalTo(true));
        Partnerships.transition(TestTokens.editor(p[1]), id, "{\"action\":\"HOLD\",\"reason\":\"summer\"}").then().statusCode(200);
        readiness(id).body("ready", equalTo(false)).body("status", equalTo("ON_HOLD"))
                .body("criteria.find { it.code == 'STATUS_ACTIVE' }.message", containsString("ON_HOLD"));
        refused(p[1], id, List.of("STATUS_ACTIVE"));
    }
}
