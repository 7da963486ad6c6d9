package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Projects;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.TestTokens;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The lists as {@code text/csv} (partnerships, a partnership's projects and reports): negotiation by Accept (JSON by
 * default, 406 for a type neither), a header row, hand-checked rows, quoting of a comma and a quote, formula guard, and
 * the partnerships' paging (the same filters and pages as JSON, the totals in headers).
 */
@QuarkusTest
class CsvListTests {
    private static final String PROBLEM = "application/problem+json";
    private static final String CSV = "text/csv";

    private static List<String> lines(Response r) {
        return List.of(r.asString().split("\r\n", -1));
    }

    /** The rows of a CSV body, each as its cells joined by '|' (a reader's view: quotes taken off). */
    private static List<String> rows(Response r) {
        try (MappingIterator<String[]> it = new CsvMapper().readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(r.asString())) {
            return it.readAll().stream().map(cells -> String.join("|", cells)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void partnershipsAsCsvArePagedAndFilteredAsJson() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String token = Partnerships.speakingFor(lead, partner);
        String first = as(token).body("{\"title\":\"Trays, \\\"bio\\\" and more\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\","
                + "\"code\":\"C22\"},\"leadRegion\":\"" + lead + "\",\"members\":[{\"regionCode\":\"" + lead + "\","
                + "\"role\":\"lead\"},{\"regionCode\":\"" + partner + "\",\"role\":\"partner\"}]}").post(BASE).then()
                .statusCode(201).extract().path("id");
        String second = as(token).body("{\"title\":\"=1+1\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\"},"
                + "\"leadRegion\":\"" + lead + "\",\"members\":[{\"regionCode\":\"" + lead + "\",\"role\":\"lead\"}]}")
                .post(BASE).then().statusCode(201).extract().path("id");
        JsonPath json = given().accept("application/json").get(BASE + "?region=" + lead + "&size=1").then().statusCode(200)
                .extract().jsonPath();

        Response page0 = given().accept(CSV).get(BASE + "?region=" + lead + "&size=1");
        page0.then().statusCode(200).contentType(CSV).header("X-Total-Count", "2").header("X-Total-Pages", "2");
        assertThat(lines(page0)).hasSize(3).first().isEqualTo("id,title,priorityFamily,priority,programme,leadRegion,"
                + "members,invited,stage,status,outcome,rescopingRecommended,lastReportedPeriod,reportOverdue,version,"
                + "stageEnteredAt,createdAt,updatedAt");
        assertThat(lines(page0).get(2)).isEmpty();
        // the comma and the quotes of the title: quoted, quotes doubled
        assertThat(lines(page0).get(1)).contains(",\"Trays, \"\"bio\"\" and more\",");
        // hand-checked: members A;B, nothing invited, as JSON's first item
        List<String> rows = rows(page0);
        assertThat(rows.get(1)).startsWith(first + "|Trays, \"bio\" and more|ECONOMIC_DOMAIN|C22|"
                + "INTERREGIONAL_COOPERATION|" + lead + "|" + lead + ";" + partner + "||SCOPING|ACTIVE||false||false|1|");
        assertThat(first).isEqualTo(json.getString("items[0].id"));
        // the next page as for JSON; a formula-like title guarded
        List<String> next = rows(given().accept(CSV).get(BASE + "?region=" + lead + "&size=1&page=1").then()
                .statusCode(200).extract().response());
        assertThat(next.get(1)).startsWith(second + "|'=1+1|");
        // JSON stays the default; other types are refused
        given().get(BASE + "?region=" + lead).then().statusCode(200).contentType("application/json")
                .body("totalItems", equalTo(2));
        given().accept("application/xml").get(BASE).then().statusCode(406).contentType(PROBLEM);
        given().accept(CSV).get(BASE + "?stage=NOWHERE").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void projectsAndReportsAsCsv() {
        String[] p = Partnerships.fullyEvidenced();
        String id = p[0];
        String lead = TestTokens.editor(p[1]);
        String funded = Projects.recorded(lead, id, Projects.money("I3_STRAND_1", "1500000", "1250000", p[1], p[2]),
                "PREPARE", "SUBMIT", "FUND");
        String idea = Projects.recorded(lead, id, "{\"title\":\"Line 2, \\\"pilot\\\"\",\"instrument\":\"ERDF\","
                + "\"regions\":[],\"trlStart\":3,\"trlTarget\":5}");

        Response projects = given().accept(CSV).get(BASE + "/" + id + "/projects");
        projects.then().statusCode(200).contentType(CSV);
        assertThat(lines(projects).get(0)).isEqualTo("id,title,instrument,status,regions,organisations,trlStart,trlTarget,"
                + "budgetEur,requestedEur,grantedEur,startsOn,endsOn,version,createdAt,updatedAt");
        assertThat(lines(projects).get(2)).contains(",\"Line 2, \"\"pilot\"\"\",");
        List<String> rows = rows(projects);
        assertThat(rows.get(1)).startsWith(funded + "|Project on I3_STRAND_1|I3_STRAND_1|FUNDED|" + p[1] + ";" + p[2]
                + "||4|7|2000000.00|1500000.00|1250000.00|2026-09-01|2028-08-31|4|");
        assertThat(rows.get(2)).startsWith(idea + "|Line 2, \"pilot\"|ERDF|IDEA|||3|5||||||1|");
        assertThat(rows).hasSize(3);
        given().accept("application/xml").get(BASE + "/" + id + "/projects").then().statusCode(406).contentType(PROBLEM);

        String report = BASE + "/" + id + "/reports/2025-H2";
        as(lead).body("{\"narrative\":\"first half, \\\"good\\\"\",\"values\":{\"JOBS_CREATED\":12}}").put(report)
                .then().statusCode(201);
        given().auth().oauth2(lead).post(report + "/submission").then().statusCode(200);
        Response reports = given().accept(CSV).get(BASE + "/" + id + "/reports");
        reports.then().statusCode(200).contentType(CSV);
        List<String> codes = given().get("/api/v1/indicators").then().extract().jsonPath().getList("code");
        assertThat(lines(reports).get(0)).isEqualTo("period,status,narrative,submittedAt,submittedBy,version,createdAt,"
                + "updatedAt," + String.join(",", codes));
        List<String> r = rows(reports);
        assertThat(r).hasSize(2);
        assertThat(r.get(1)).startsWith("2025-H2|SUBMITTED|first half, \"good\"|")
                .contains("|editor-" + p[1] + "|2|")
                // hand-checked: 2 regions, 2 organisations, 1 demonstrator, 1 project submitted and funded,
                // 1,250,000 EUR mobilised; then the entered values (only JOBS_CREATED)
                .endsWith("|2|2|1|1|1|1250000.00|||12|");
        given().accept("application/xml").get(BASE + "/" + id + "/reports").then().statusCode(406).contentType(PROBLEM);
        given().accept(CSV).get(BASE + "/" + UUID.randomUUID() + "/reports").then().statusCode(404)
                .contentType(PROBLEM);
    }
}
