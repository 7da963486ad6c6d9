package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Projects;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.platform.time.UtcClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Monitoring reports through the API: the draft, its entered indicators, the submission (computed indicators on
 * hand-checked data, read-only after), the indicator catalogue, and reportOverdue across period boundaries.
 */
@QuarkusTest
class ReportTests {
    private static final String PROBLEM = "application/problem+json";

    @AfterEach
    void realTime() {
        UtcClock.reset();
    }

    private static void at(String instant) {
        UtcClock.use(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void theCatalogueIsData() {
        JsonPath c = given().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
        assertThat(c.getList("code")).startsWith("REGIONS_INVOLVED", "ORGANISATIONS_INVOLVED", "DEMONSTRATORS",
                "PROJECTS_SUBMITTED", "PROJECTS_FUNDED", "INVESTMENT_MOBILISED_EUR").contains("JOBS_CREATED");
        assertThat(c.getString("find { it.code == 'INVESTMENT_MOBILISED_EUR' }.unit")).isEqualTo("EUR");
        assertThat(c.getString("find { it.code == 'INVESTMENT_MOBILISED_EUR' }.kind")).isEqualTo("RESULT");
        assertThat(c.getBoolean("find { it.code == 'JOBS_CREATED' }.computed")).isFalse();
        assertThat(c.getBoolean("find { it.code == 'DEMONSTRATORS' }.computed")).isTrue();
    }

    @Test
    void aDraftIsSubmittedWithItsComputedIndicatorsAndIsReadOnlyAfter() {
        String[] p = Partnerships.fullyEvidenced();
        String id = p[0];
        String lead = TestTokens.editor(p[1]);
        // hand-checked: 2 active regions, 2 participants, 1 demonstrator; projects: FUNDED I3_STRAND_1 1,000,000 granted,
        // RUNNING ERDF 250,000.50, SUBMITTED, REJECTED, an IDEA, and one WITHDRAWN after its funding (counts for nothing)
        Projects.recorded(lead, id, Projects.money("I3_STRAND_1", "2000000", "1000000", p[1]), "PREPARE", "SUBMIT", "FUND");
        Projects.recorded(lead, id, Projects.money("ERDF", "300000", "250000.50", p[2]), "PREPARE", "SUBMIT", "FUND", "START");
        Projects.recorded(lead, id, Projects.money("HORIZON_EUROPE", "900000", null), "PREPARE", "SUBMIT");
        Projects.recorded(lead, id, Projects.money("INTERREG", "100000", null), "PREPARE", "SUBMIT", "REJECT");
        Projects.recorded(lead, id, Projects.money("PRIVATE", "5000", null));
        Projects.recorded(lead, id, Projects.money("I3_STRAND_1", "999", "999", p[1]), "PREPARE", "SUBMIT", "FUND", "WITHDRAW");

        String report = BASE + "/" + id + "/reports/2025-H2";
        as(lead).header("If-Match", "\"3\"").body("{\"narrative\":\"x\"}").put(report).then().statusCode(412);
        as(lead).body("{\"narrative\":\"first half\",\"values\":{\"JOBS_CREATED\":12,\"EVENTS_HELD\":2}}").put(report)
                .then().statusCode(201).header("ETag", "\"1\"").body("status", equalTo("DRAFT"))
                .body("indicators.code", equalTo(List.of("EVENTS_HELD", "JOBS_CREATED")));
        // bad input changes nothing
        as(lead).header("If-Match", "\"9\"").body("{\"narrative\":\"x\"}").put(report).then().statusCode(412);
        as(lead).body("{\"values\":{\"DEMONSTRATORS\":5}}").put(report).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("values.DEMONSTRATORS"))
                .body("violations[0].message", containsString("computed"));
        as(lead).body("{\"values\":{\"HAPPINESS\":5}}").put(report).then().statusCode(400)
                .body("violations[0].field", equalTo("values.HAPPINESS"));
        as(lead).body("{\"values\":{\"JOBS_CREATED\":-1}}").put(report).then().statusCode(400);
        as(lead).body("{}").put(BASE + "/" + id + "/reports/2099-H1").then().statusCode(400)
                .body("violations[0].field", equalTo("period"));
        as(lead).body("{}").put(BASE + "/" + id + "/reports/2026-H3").then().statusCode(400);
        as(lead).header("If-Match", "\"1\"").body("{\"narrative\":\"first half, told again\",\"values\":{\"JOBS_CREATED\":12,"
                + "\"EVENTS_HELD\":3}}").put(report).then().statusCode(200).header("ETag", "\"2\"");

        // a bodiless POST, as clients send it (no Content-Type)
        JsonPath submitted = given().auth().oauth2(lead).header("If-Match", "\"2\"").post(report + "/submission").then().statusCode(200)
                .header("ETag", "\"3\"").body("status", equalTo("SUBMITTED")).body("submittedBy", equalTo("editor-" + p[1]))
                .extract().jsonPath();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map<String, Object> v : submitted.<Map<String, Object>>getList("indicators")) {
            values.put((String) v.get("code"), v.get("value"));
        }
        assertThat(values).containsExactly(Map.entry("REGIONS_INVOLVED", 2), Map.entry("ORGANISATIONS_INVOLVED", 2),
                Map.entry("DEMONSTRATORS", 1), Map.entry("PROJECTS_SUBMITTED", 4), Map.entry("PROJECTS_FUNDED", 2),
                Map.entry("INVESTMENT_MOBILISED_EUR", 1250000.5f), Map.entry("EVENTS_HELD", 3),
                Map.entry("JOBS_CREATED", 12));
        assertThat(submitted.getMap("mobilisedByInstrument")).containsExactly(Map.entry("ERDF", 250000.5f),
                Map.entry("I3_STRAND_1", 1000000f));

        // read-only after
        as(lead).body("{\"narrative\":\"late edit\"}").put(report).then().statusCode(409)
                .body("type", equalTo("https://s3coop.org/problems/report-submitted"));
        as(lead).post(report + "/submission").then().statusCode(409);
        given().get(report).then().statusCode(200).header("ETag", "\"3\"").body("narrative", equalTo("first half, told again"));
        given().get(BASE + "/" + id + "/reports").then().statusCode(200).body("period", equalTo(List.of("2025-H2")));
        given().get(BASE + "/" + id).then().body("lastReportedPeriod", equalTo("2025-H2"));

        Partnerships.audit(id, "size=100").body("items.findAll { it.entity == 'report' }.action",
                equalTo(List.of("RECORD_REPORT", "RECORD_REPORT", "SUBMIT_REPORT")));
        assertThat(Partnerships.eventTypes(id, 32).stream().filter(t -> t.startsWith("report-")).toList())
                .containsExactly("report-updated", "report-updated", "report-submitted");
    }

    @Test
    void aReportIsOverdueOnceAPeriodClosesWithoutOne() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        at("2026-03-10T10:00:00Z");
        String id = Partnerships.propose("C22", lead, partner);
        String older = Partnerships.propose("C22", lead, partner);
        given().get(BASE + "/" + id).then().body("reportOverdue", equalTo(false));

        // 2026-H1 closed: nothing submitted for it
        at("2026-07-02T08:00:00Z");
        given().get(BASE + "/" + id).then().body("reportOverdue", equalTo(true));
        String report = BASE + "/" + id + "/reports/2026-H1";
        as(TestTokens.editor(lead)).body("{\"narrative\":\"n\"}").put(report).then().statusCode(201);
        given().get(BASE + "/" + id).then().body("reportOverdue", equalTo(true));
        as(TestTokens.editor(lead)).post(report + "/submission").then().statusCode(200);
        given().get(BASE + "/" + id).then().body("reportOverdue", equalTo(false));
        given().get(BASE + "/" + older).then().body("reportOverdue", equalTo(true));
        // a partnership proposed in 2026-H2 owes nothing for 2026-H1
        String newer = Partnerships.propose("C22", lead, partner);
        given().get(BASE + "/" + newer).then().body("reportOverdue", equalTo(false));

        // the last day of 2026-H2, then the first moment of 2027-H1: 2026-H2 is owed now
        at("2026-12-31T23:59:59Z");
        given().get(BASE + "/" + id).then().body("reportOverdue", equalTo(false));
        at("2027-01-01T00:00:00Z");
        given().get(BASE + "/" + id).then().body("reportOverdue", equalTo(true));
        given().get(BASE + "/" + newer).then().body("reportOverdue", equalTo(true));
        // a closed partnership owes nothing
        Partnerships.transition(TestTokens.editor(lead), older, "{\"action\":\"CLOSE\",\"outcome\":\"DISCONTINUED\"}")
                .then().statusCode(200);
        given().get(BASE + "/" + older).then().body("reportOverdue", equalTo(false));
    }
}
