package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.partnership.support.S3;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.platform.time.UtcClock;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Commitment letters: recorded per active member, checked on input, the COMMITMENT_LETTERS criterion of an S3
 * thematic partnership, and a letter that expires turning into a regression by the scheduled check (the clock fixed).
 */
@QuarkusTest
class CommitmentLetterTests {
    private static final String PROBLEM = "application/problem+json";

    @AfterEach
    void realTime() {
        UtcClock.reset();
    }

    private static void at(String instant) {
        UtcClock.use(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static String letter(String signedOn, String validUntil, String uri, String sha) {
        return "{\"signedBy\":\"Regional government\",\"signedOn\":\"" + signedOn + "\",\"validUntil\":\"" + validUntil
                + "\",\"document\":{\"uri\":\"" + uri + "\",\"sha256\":\"" + sha + "\"}}";
    }

    @Test
    void lettersAreRecordedByActiveMembersAndCheckedOnInput() {
        at("2027-02-01T09:00:00Z");
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String invited = Regions.known("IT", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        as(TestTokens.editor(lead)).body("{}").put(BASE + "/" + id + "/members/" + invited).then().statusCode(200);
        String path = BASE + "/" + id + "/commitment-letters/";
        String sha = "0123456789abcdef".repeat(4);
        as(TestTokens.editor(partner)).header("If-Match", "\"2\"")
                .body(letter("2027-01-15", "2029-01-14", "https://docs.example.org/de.pdf", sha)).put(path + partner)
                .then().statusCode(200).header("ETag", equalTo("\"3\""))
                .body("commitmentLetters[0].regionCode", equalTo(partner))
                .body("commitmentLetters[0].signedOn", equalTo("2027-01-15"))
                .body("commitmentLetters[0].validUntil", equalTo("2029-01-14"))
                .body("commitmentLetters[0].document.sha256", equalTo(sha))
                .body("commitmentLetters[0].recordedAt", equalTo("2027-02-01T09:00:00Z"));
        // replaced, not added
        as(TestTokens.editor(lead)).body(letter("2027-01-20", "2029-01-19", "https://docs.example.org/de2.pdf", sha))
                .put(path + partner).then().statusCode(200).body("commitmentLetters", hasSize(1))
                .body("commitmentLetters[0].document.uri", equalTo("https://docs.example.org/de2.pdf"));
        // bad input: 400, nothing changes
        long version = Partnerships.version(id);
        as(TestTokens.admin()).body(letter("2027-03-01", "2029-01-14", "https://d.org/x", sha)).put(path + lead).then()
                .statusCode(400).contentType(PROBLEM).body("violations.field", equalTo(List.of("signedOn")))
                .body("violations[0].message", containsString("2027-02-01"));
        as(TestTokens.admin()).body(letter("2027-01-15", "2027-01-14", "https://d.org/x", sha)).put(path + lead).then()
                .statusCode(400).body("violations.field", equalTo(List.of("validUntil")));
        as(TestTokens.admin()).body(letter("2027-01-15", "2029-01-14", "ftp://d.org/x", "ABC")).put(path + lead).then()
                .statusCode(400).body("violations.field", hasItem("document.uri")).body("violations.field", hasItem("document.sha256"));
        as(TestTokens.admin()).body("{\"signedOn\":\"2027-01-15\",\"validUntil\":\"2029-01-14\"}").put(path + lead).then()
                .statusCode(400).body("violations.field", hasItem("signedBy")).body("violations.field", hasItem("document"));
        as(TestTokens.admin()).body(letter("15.01.2027", "2029-01-14", "https://d.org/x", sha)).put(path + lead).then()
                .statusCode(400);
        // an invited region, or none at all, signs no letter here
        as(TestTokens.admin()).body(letter("2027-01-15", "2029-01-14", "https://d.org/x", sha)).put(path + invited).then()
                .statusCode(422).body("type", equalTo("https://s3coop.org/problems/not-a-member"));
        as(TestTokens.editor(invited)).body(letter("2027-01-15", "2029-01-14", "https://d.org/x", sha)).put(path + lead)
                .then().statusCode(403).body("missingRight", equalTo("RECORD_LETTER"));
        as(TestTokens.admin()).delete(path + lead).then().statusCode(404).contentType(PROBLEM);
        assertThat(Partnerships.version(id)).isEqualTo(version);
        as(TestTokens.editor(partner)).delete(path + partner).then().statusCode(200).body("commitmentLetters", hasSize(0));
        assertThat(Partnerships.eventTypes(id, 5)).containsExactly("proposed", "member-invited",
                "commitment-letter-updated", "commitment-letter-updated", "commitment-letter-updated");
    }

    @Test
    void anS3PartnershipNeedsEveryLeadsLetterAndAnExpiredLetterRegressesByTheScheduledCheck() {
        at("2027-01-10T10:00:00Z");
        String es = Regions.known("ES", "C22");
        String de = Regions.known("DE", "C22");
        String it = Regions.known("IT", "C22");
        String id = S3.propose(new String[] { es, de }, it);
        Partnerships.scopingNote(es, id);
        String readiness = BASE + "/" + id + "/readiness";
        given().get(readiness).then().body("ready", equalTo(false))
                .body("criteria.findAll { !it.met }.code", equalTo(List.of("COMMITMENT_LETTERS")))
                .body("criteria.find { it.code == 'COMMITMENT_LETTERS' }.message", equalTo("every active lead region needs a "
                        + "valid commitment letter for at least 24 months: " + es + " has no commitment letter; " + de
                        + " has no commitment letter"));
        Partnerships.letter(id, es, "2027-01-01", "2028-12-31").then().statusCode(200);
        Partnerships.letter(id, de, "2027-01-05", "2028-01-04").then().statusCode(200);
        given().get(readiness).then().body("criteria.find { it.code == 'COMMITMENT_LETTERS' }.message",
                equalTo("every active lead region needs a valid commitment letter for at least 24 months: " + de
                        + "'s letter holds until 2028-01-04, less than 24 months from its signing on 2027-01-05 (until "
                        + "2029-01-04 at least)"));
        Partnerships.letter(id, de, "2027-01-05", "2029-01-04").then().statusCode(200);
        given().get(readiness).then().body("ready", equalTo(true));
        Partnerships.advance(TestTokens.editor(es), id).then().statusCode(200).body("stage", equalTo("MAPPING"));

        // time passes: ES51's letter ends on 2028-12-31; the scheduled check (every second in tests) sees it expire
        at("2029-01-01T00:00:05Z");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given().get(BASE + "/"
                + id).then().body("regressions.code", equalTo(List.of("COMMITMENT_LETTERS"))));
        given().get(BASE + "/" + id).then().body("rescopingRecommended", equalTo(true))
                .body("regressions[0].gate", equalTo("SCOPING_TO_MAPPING"))
                .body("regressions[0].since", equalTo("2029-01-01T00:00:05Z"))
                .body("regressions[0].message", containsString(es + "'s letter expired on 2028-12-31"))
                .body("rescopingReasons[0].cause", equalTo("GATE_REGRESSED"));
        given().get(readiness).then().body("regressions.code", equalTo(List.of("COMMITMENT_LETTERS")));
        Partnerships.audit(id, "actor=system").body("items.action", equalTo(List.of("LETTER_CHECK")))
                .body("items[0].entity", equalTo("partnership"))
                .body("items[0].changes.field", hasItem("regressions"));

        // a new letter: the criterion holds again
        Partnerships.letter(id, es, "2029-01-01", "2030-12-31").then().statusCode(200).body("regressions", hasSize(0))
                .body("rescopingRecommended", equalTo(true));
        List<CloudEventRecords.Event> events = Partnerships.events(id, 9);
        List<String> types = events.stream().map(e -> e.type().replace("org.s3coop.partnership.", "")).toList();
        assertThat(types).containsExactly("proposed.v1", "evidence-updated.v1", "commitment-letter-updated.v1",
                "commitment-letter-updated.v1", "commitment-letter-updated.v1", "stage-advanced.v1", "gate-regressed.v1",
                "commitment-letter-updated.v1", "gate-restored.v1");
        JsonNode regressed = events.get(6).data();
        assertThat(regressed.get("actor").asText()).isEqualTo("system");
        assertThat(regressed.get("regressed").get(0).get("code").asText()).isEqualTo("COMMITMENT_LETTERS");
        JsonNode restored = events.get(8).data();
        assertThat(restored.get("actor").asText()).isEqualTo("admin");
        assertThat(restored.get("restored").get(0).get("code").asText()).isEqualTo("COMMITMENT_LETTERS");
    }
}
