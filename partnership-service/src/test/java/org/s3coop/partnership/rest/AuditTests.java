package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.platform.time.UtcClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Who changed what, when: every change of a partnership and of each of its parts (partnership, member, participant,
 * evidence, letter) in the audit trail with before and after, filtered by actor and time; and the actor on every
 * event, the same as in the trail.
 */
@QuarkusTest
class AuditTests {

    @AfterEach
    void realTime() {
        UtcClock.reset();
    }

    private static void at(String instant) {
        UtcClock.use(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void everyPartOfAPartnershipIsAuditedWithBeforeAndAfter() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String joiner = Regions.known("IT", "C22");
        at("2026-05-04T08:00:00Z");
        String id = Partnerships.propose("C22", lead, partner);
        String leadEditor = TestTokens.editor(lead);
        at("2026-05-05T08:00:00Z");
        as(leadEditor).body("{\"contribution\":\"converters\"}").put(BASE + "/" + id + "/members/" + joiner).then()
                .statusCode(200);
        Partnerships.decide(id, joiner, "ACCEPT").then().statusCode(200);
        String pid = as(TestTokens.editor(partner)).body("{\"name\":\"Cluster\",\"type\":\"CLUSTER\",\"regionCode\":\""
                + partner + "\"}").post(BASE + "/" + id + "/participants").then().statusCode(201).extract().path("id");
        as(TestTokens.editor(partner)).body("{\"name\":\"Cluster Bavaria\",\"type\":\"CLUSTER\"}")
                .put(BASE + "/" + id + "/participants/" + pid).then().statusCode(200);
        at("2026-05-06T08:00:00Z");
        Partnerships.evidence(leadEditor, id, "funding-plan",
                "{\"sources\":[{\"name\":\"ERDF\",\"kind\":\"REGIONAL\",\"amountEur\":100000,\"committed\":false}]}")
                .then().statusCode(200);
        Partnerships.evidence(leadEditor, id, "funding-plan",
                "{\"sources\":[{\"name\":\"ERDF\",\"kind\":\"REGIONAL\",\"amountEur\":150000,\"committed\":true}]}")
                .then().statusCode(200);
        Partnerships.letter(id, lead, "2026-01-15", "2028-01-14").then().statusCode(200);
        Partnerships.scopingNote(lead, id);
        Partnerships.advance(leadEditor, id).then().statusCode(200);
        as(TestTokens.editor(partner)).delete(BASE + "/" + id + "/members/" + partner).then().statusCode(200);

        JsonPath trail = Partnerships.audit(id, "size=100").extract().jsonPath();
        List<String> entries = trail.getList("items.collect { it.entity + '/' + it.action + '/' + it.actor }");
        assertThat(entries).containsExactly(
                "partnership/PROPOSE/editor-" + lead, "member/PROPOSE/editor-" + lead, "member/PROPOSE/editor-" + lead,
                "member/INVITE_MEMBER/editor-" + lead,
                "member/DECIDE_INVITATION/editor-" + joiner,
                "participant/ADD_PARTICIPANT/editor-" + partner,
                "participant/UPDATE_PARTICIPANT/editor-" + partner,
                "evidence:funding-plan/RECORD_EVIDENCE/editor-" + lead,
                "evidence:funding-plan/RECORD_EVIDENCE/editor-" + lead,
                "letter/RECORD_LETTER/admin",
                "evidence:scoping-note/RECORD_EVIDENCE/editor-" + lead,
                "partnership/ADVANCE/editor-" + lead,
                "member/REMOVE_MEMBER/editor-" + partner,
                "participant/REMOVE_MEMBER/editor-" + partner);
        // a creation has no before, a removal no after; an update says each changed field, before and after
        Partnerships.audit(id, "size=100")
                .body("items[0].changes.find { it.field == 'stage' }.before", nullValue())
                .body("items[0].changes.find { it.field == 'stage' }.after", equalTo("SCOPING"))
                .body("items[0].at", equalTo("2026-05-04T08:00:00Z"))
                .body("items[4].entityId", equalTo(joiner))
                .body("items[4].changes.field", equalTo(List.of("status")))
                .body("items[4].changes[0].before", equalTo("INVITED"))
                .body("items[4].changes[0].after", equalTo("ACTIVE"))
                .body("items[6].entityId", equalTo(pid))
                .body("items[6].changes.field", equalTo(List.of("name")))
                .body("items[6].changes[0].before", equalTo("Cluster"))
                .body("items[6].changes[0].after", equalTo("Cluster Bavaria"))
                .body("items[8].changes.field", equalTo(List.of("sources")))
                .body("items[8].changes[0].before[0].amountEur", equalTo(100000))
                .body("items[8].changes[0].after[0].amountEur", equalTo(150000))
                .body("items[8].changes[0].after[0].committed", equalTo(true))
                .body("items[9].entityId", equalTo(lead))
                .body("items[9].changes.field", hasItem("validUntil"))
                .body("items[11].changes.find { it.field == 'stage' }.before", equalTo("SCOPING"))
                .body("items[11].changes.find { it.field == 'stage' }.after", equalTo("MAPPING"))
                .body("items[12].changes.find { it.field == 'role' }.before", equalTo("PARTNER"))
                .body("items[12].changes.find { it.field == 'role' }.after", nullValue())
                .body("items[13].entityId", equalTo(pid));

        // filters: by actor, by time ([from, to)), paged
        Partnerships.audit(id, "actor=editor-" + joiner).body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("DECIDE_INVITATION"));
        Partnerships.audit(id, "from=2026-05-05T00:00:00Z&to=2026-05-06T00:00:00Z").body("totalItems", equalTo(4));
        Partnerships.audit(id, "size=5&page=2").body("items.size()", equalTo(4)).body("totalItems", equalTo(14))
                .body("totalPages", equalTo(3));
        given().get(BASE + "/4efccbb8-46be-40ff-8ff6-027be54f6d5e/audit").then().statusCode(404);
        given().get(BASE + "/" + id + "/audit?from=yesterday").then().statusCode(400);

        // the actor of every event is the actor of its change
        List<CloudEventRecords.Event> events = Partnerships.events(id, 11);
        assertThat(events.stream().map(e -> e.data().get("actor").asText())).containsExactly("editor-" + lead,
                "editor-" + lead, "editor-" + joiner, "editor-" + partner, "editor-" + partner, "editor-" + lead,
                "editor-" + lead, "admin", "editor-" + lead, "editor-" + lead, "editor-" + partner);
    }
}
