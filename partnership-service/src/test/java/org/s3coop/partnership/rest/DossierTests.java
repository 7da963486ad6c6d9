package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Challenges;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Projects;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The dossier ({@code GET /partnerships/{id}/dossier}): its JSON on a hand-built partnership (members with their
 * names, letters, organisations, the timeline, projects, a submitted report's indicators, a known challenge, the audit
 * summary), the printable HTML page of the same (timeline entries, indicator rows, escaping), negotiation and 404.
 */
@QuarkusTest
class DossierTests {
    private static final String PROBLEM = "application/problem+json";

    /** A partnership in PILOT with a letter, two projects, a submitted 2025-H2 report and a known challenge. */
    private static String[] story() {
        String[] p = Partnerships.fullyEvidenced();
        String id = p[0];
        String lead = TestTokens.editor(p[1]);
        Partnerships.letter(id, p[1], "2026-01-15", "2028-01-14").then().statusCode(200);
        Partnerships.advanceTo(id, p[1], "PILOT");
        Projects.recorded(lead, id, Projects.money("I3_STRAND_1", "2000000", "1000000", p[1]), "PREPARE", "SUBMIT", "FUND");
        Projects.recorded(lead, id, Projects.money("ERDF", "300000", null, p[2]));
        String report = BASE + "/" + id + "/reports/2025-H2";
        as(lead).body("{\"narrative\":\"first half\",\"values\":{\"JOBS_CREATED\":12}}").put(report).then().statusCode(201);
        given().auth().oauth2(lead).post(report + "/submission").then().statusCode(200);
        String challenge = UUID.randomUUID().toString();
        Challenges.awaitProcessed(Challenges.publish("raised", challenge, id, "MINOR", "OPEN", 1));
        return new String[] { id, p[1], p[2], challenge };
    }

    @Test
    void theJsonTellsTheWholeStory() {
        String[] s = story();
        String id = s[0];
        JsonPath d = given().accept("application/json").get(BASE + "/" + id + "/dossier").then().statusCode(200)
                .contentType("application/json").header("ETag", (String) null).extract().jsonPath();

        assertThat(d.getString("partnership.id")).isEqualTo(id);
        assertThat(d.getString("partnership.stage")).isEqualTo("PILOT");
        // members: the lead first, with the region read model's names, its letter and organisation
        assertThat(d.getList("members.regionCode")).containsExactly(s[1], s[2]);
        assertThat(d.getList("members.name")).containsExactly("Region " + s[1], "Region " + s[2]);
        assertThat(d.getList("members.country")).containsExactly("ES", "DE");
        assertThat(d.getList("members.role")).containsExactly("LEAD", "PARTNER");
        assertThat(d.getList("members.coordinator")).containsExactly(true, false);
        assertThat(d.getString("members[0].letter.signedBy")).isEqualTo("Government of " + s[1]);
        assertThat(d.getString("members[0].letter.validUntil")).isEqualTo("2028-01-14");
        assertThat(d.getString("members[1].letter")).isNull();
        assertThat(d.getList("members[0].participants.name")).containsExactly("Org UNIVERSITY");
        assertThat(d.getList("members[1].participants.name")).containsExactly("Org COMPANY");
        // the timeline, oldest first
        assertThat(d.getList("timeline.action")).containsExactly("PROPOSE", "ADVANCE", "ADVANCE");
        assertThat(d.getList("timeline.to")).containsExactly("SCOPING", "MAPPING", "PILOT");
        // projects, oldest first
        assertThat(d.getList("projects.instrument")).containsExactly("I3_STRAND_1", "ERDF");
        assertThat(d.getList("projects.status")).containsExactly("FUNDED", "IDEA");
        // the report with its indicators: computed at submission (2 regions, 2 organisations, 1 demonstrator,
        // 1 project submitted and funded, 1,000,000 EUR mobilised) and entered (12 jobs)
        assertThat(d.getList("reports.period")).containsExactly("2025-H2");
        assertThat(d.getString("reports[0].status")).isEqualTo("SUBMITTED");
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map<String, Object> v : d.<Map<String, Object>>getList("reports[0].indicators")) {
            values.put((String) v.get("code"), v.get("value"));
        }
        assertThat(values).containsEntry("REGIONS_INVOLVED", 2).containsEntry("ORGANISATIONS_INVOLVED", 2)
                .containsEntry("DEMONSTRATORS", 1).containsEntry("PROJECTS_FUNDED", 1)
                .containsEntry("INVESTMENT_MOBILISED_EUR", 1000000f).containsEntry("PROJECTS_SUBMITTED", 1).containsEntry("JOBS_CREATED", 12);
        // the challenge known on it
        assertThat(d.getList("challenges.id")).containsExactly(s[3]);
        assertThat(d.getString("challenges[0].scope")).isEqualTo("PARTNERSHIP");
        assertThat(d.getString("challenges[0].severity")).isEqualTo("MINOR");
        assertThat(d.getBoolean("challenges[0].blocking")).isFalse();
        // the audit summary: as many entries as the audit trail, by action, the latest first
        JsonPath trail = Partnerships.audit(id, "size=100").extract().jsonPath();
        assertThat(d.getLong("audit.total")).isEqualTo(trail.getLong("totalItems"));
        assertThat(d.getInt("audit.byAction.ADVANCE")).isEqualTo(2);
        assertThat(d.getInt("audit.byAction.SUBMIT_REPORT")).isEqualTo(1);
        assertThat(d.getInt("audit.byAction.RECORD_PROJECT")).isEqualTo(2);
        assertThat(d.getInt("audit.byAction.MOVE_PROJECT")).isEqualTo(3);
        List<Object> latest = new ArrayList<>(trail.getList("items.action"));
        Collections.reverse(latest);
        assertThat(d.getList("audit.latest.action")).containsExactlyElementsOf(latest.subList(0, 10));
        assertThat(d.getString("audit.latest[0].action")).isEqualTo("SUBMIT_REPORT");
    }

    @Test
    void theHtmlPageShowsTheTimelineAndTheIndicatorTable() {
        String[] s = story();
        String html = given().accept("text/html").get(BASE + "/" + s[0] + "/dossier").then().statusCode(200)
                .contentType("text/html").extract().asString();
        assertThat(count(html, "<li class=\"timeline-entry\">")).isEqualTo(3);
        assertThat(html).containsPattern("<li class=\"timeline-entry\"><time>[^<]+</time><strong>ADVANCE</strong> MAPPING → PILOT");
        assertThat(html).contains("<tr class=\"indicator\"><td>Jobs created</td><td>JOBS_CREATED</td>")
                .containsPattern("<td>INVESTMENT_MOBILISED_EUR</td>.*?<td class=\"num\">1000000(\\.00)?</td><td>EUR</td>");
        assertThat(html).contains("<td>Region " + s[1] + " (ES)</td>", "signed by Government of " + s[1],
                "<tr class=\"project\"><td>Project on I3_STRAND_1</td><td>I3_STRAND_1</td><td>FUNDED</td>", s[3],
                "@media print");
        // no external asset: no script, stylesheet or image; the only link is the empty icon (no favicon request)
        assertThat(html).doesNotContain("<script", "stylesheet", "<img", "src=", "url(")
                .containsOnlyOnce("<link").contains("<link rel=\"icon\" href=\"data:,\">");
    }

    @Test
    void aBrowserGetsThePageAndItsTextIsEscaped() {
        String lead = Regions.known("ES", "C22");
        String id = as(TestTokens.editor(lead)).body("{\"title\":\"<script>alert('x')</script> & Co\",\"priority\":"
                + "{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\"},\"leadRegion\":\"" + lead + "\",\"members\":"
                + "[{\"regionCode\":\"" + lead + "\",\"role\":\"lead\"}]}").post(BASE).then().statusCode(201)
                .extract().path("id");
        String html = given().header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .get(BASE + "/" + id + "/dossier").then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(html).contains("<h1 id=\"title\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</h1>")
                .doesNotContain("<script");
        // JSON stays the default for clients that accept anything
        given().header("Accept", "*/*").get(BASE + "/" + id + "/dossier").then().statusCode(200)
                .contentType("application/json").body("partnership.title", equalTo("<script>alert('x')</script> & Co"))
                .body("projects", equalTo(List.of())).body("reports", equalTo(List.of()));
    }

    @Test
    void anUnknownPartnershipIs404AndOtherTypesAre406() {
        String unknown = BASE + "/" + UUID.randomUUID() + "/dossier";
        given().accept("application/json").get(unknown).then().statusCode(404).contentType(PROBLEM);
        given().accept("text/html").get(unknown).then().statusCode(404).contentType(PROBLEM);
        given().get(BASE + "/not-a-uuid/dossier").then().statusCode(400).contentType(PROBLEM);
        String id = Partnerships.propose("C22", Regions.known("ES", "C22"));
        given().accept("text/csv").get(BASE + "/" + id + "/dossier").then().statusCode(406).contentType(PROBLEM);
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
