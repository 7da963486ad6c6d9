package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.IdempotencyScenarios;
import org.s3coop.platform.testing.ServiceDatabase;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.nuts.NutsCsv;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** POST /api/v1/regions/import: many regions from one CSV file, checked first, with a report per row. */
@QuarkusTest
class RegionImportTests {
    private static final String REGISTERED = "org.s3coop.region.registered.v1";
    private static final String UPDATED = "org.s3coop.region.updated.v1";
    private static final String HEADER = "code,name,priorities,stakeholders\r\n";

    private static Response post(String token, String query, String csv) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/regions/import" + query);
    }

    private static ValidatableResponse importAsAdmin(String query, String csv) {
        return post(TestTokens.admin(), query, csv).then();
    }

    private static long events(String code) {
        return ServiceDatabase.count("select count(*) from outbox_event where record_key = ?", code);
    }

    private static String officialName(String code) {
        return NutsCsv.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().name_latin();
    }

    @Test
    void anInvalidRowMeansNothingIsWrittenAndEveryViolationIsReported() {
        String a = Fixtures.code();
        String b = Fixtures.code();
        String csv = HEADER
                + a + ",,ECONOMIC_DOMAIN:C21;POLICY_OBJECTIVE:HEALTH,UNIVERSITY:Universität A\r\n"
                + b + ",Region B,ECONOMIC_DOMAIN:C22,\r\n"
                + "GR30,Attiki,ECONOMIC_DOMAIN:C22,\r\n"
                + "ES99,,ECONOMIC:C22;ECONOMIC_DOMAIN:C99,\r\n";
        importAsAdmin("", csv).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://s3coop.org/problems/validation"))
                .body("detail", containsString("2 of 4 rows are invalid; nothing was written"))
                // a row's own violations (as read) first, then those found against the classification and the catalogue
                .body("violations.field", contains("rows[2].code", "rows[3].priorities[0]", "rows[3].code"))
                .body("violations[0].message", containsString("line 4: 'GR30' is not a NUTS code: Greece is EL in NUTS"))
                .body("report.written", equalTo(false)).body("report.mode", equalTo("ALL"))
                .body("report.created", equalTo(2)).body("report.invalid", equalTo(2))
                .body("report.rows.line", contains(2, 3, 4, 5))
                .body("report.rows.outcome", contains("CREATED", "CREATED", "INVALID", "INVALID"));
        for (String code : List.of(a, b)) {
            given().when().get("/api/v1/regions/" + code).then().statusCode(404);
            assertThat(events(code)).isZero();
        }
    }

    @Test
    void validRowsModeWritesTheValidRowsOneEventPerChangedRegionAndNoneForUnchangedOnes() {
        String a = Fixtures.code();
        String b = Fixtures.code();
        String c = Fixtures.registered("[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C20\",\"label\":\"Own label\"}]");
        String csv = HEADER
                + a + ",,ECONOMIC_DOMAIN:C21;POLICY_OBJECTIVE:HEALTH,UNIVERSITY:Universität A;COMPANY:Firm A\r\n"
                + b + ",Region B,ECONOMIC_DOMAIN:C22,\r\n"
                + c + ",Region " + c + ",ECONOMIC_DOMAIN:C20,\r\n"
                + "ES99,,,\r\n";
        importAsAdmin("?mode=valid-rows", csv).statusCode(200).contentType("application/json")
                .body("mode", equalTo("VALID_ROWS")).body("written", equalTo(true))
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(1))
                .body("invalid", equalTo(1))
                .body("rows.code", contains(a, b, c, "ES99"))
                .body("rows.outcome", contains("CREATED", "CREATED", "UNCHANGED", "INVALID"))
                .body("rows.version", contains(1, 1, 1, null))
                .body("rows.stakeholdersAdded", contains(2, 0, 0, 0))
                .body("rows[3].violations[0].field", equalTo("code"));
        given().when().get("/api/v1/regions/" + a).then().statusCode(200)
                .body("name", equalTo(officialName(a))).body("priorities.code", contains("C21", "HEALTH"))
                .body("priorities[1].label", equalTo("Health and life sciences"));
        given().when().get("/api/v1/regions/" + a + "/stakeholders").then().body("items.name", contains("Firm A", "Universität A"));
        // c kept its own label: the row names the code, not a label
        given().when().get("/api/v1/regions/" + c).then().body("version", equalTo(1))
                .body("priorities[0].label", equalTo("Own label"));
        assertThat(ServiceDatabase.outboxEvents(REGISTERED, a)).isEqualTo(1);
        assertThat(ServiceDatabase.outboxEvents(REGISTERED, b)).isEqualTo(1);
        assertThat(events(c)).isEqualTo(1); // its registration only

        // the same file again: nothing changes, nothing is published, no stakeholder is added twice
        importAsAdmin("?mode=valid-rows", csv).statusCode(200)
                .body("rows.outcome", contains("UNCHANGED", "UNCHANGED", "UNCHANGED", "INVALID"))
                .body("rows.stakeholdersAdded", everyItem(equalTo(0)));
        assertThat(events(a)).isEqualTo(1);
        assertThat(events(b)).isEqualTo(1);

        // one region described anew: one updated event, one new version
        importAsAdmin("", HEADER + a + ",,ECONOMIC_DOMAIN:C21;POLICY_OBJECTIVE:HEALTH,UNIVERSITY:universität a\r\n"
                + b + ",Region B renamed,ECONOMIC_DOMAIN:C22,\r\n").statusCode(200)
                .body("rows.outcome", contains("UNCHANGED", "UPDATED")).body("rows.version", contains(1, 2))
                .body("rows.stakeholdersAdded", contains(0, 0));
        assertThat(ServiceDatabase.outboxEvents(UPDATED, a)).isZero();
        assertThat(ServiceDatabase.outboxEvents(UPDATED, b)).isEqualTo(1);
        given().when().get("/api/v1/regions/" + b + "/audit").then().body("items.action", contains("REGISTER", "UPDATE"))
                .body("items.actor", everyItem(equalTo("admin")));
    }

    @Test
    void anEditorImportsOnlyItsOwnRegions() {
        String mine = Fixtures.code();
        String theirs = Fixtures.code();
        String csv = HEADER + mine + ",,ECONOMIC_DOMAIN:C21,\r\n" + theirs + ",,ECONOMIC_DOMAIN:C21,\r\n";
        // the whole file, as mode=all takes it: a region of someone else is a 403, and nothing is written
        post(TestTokens.editor(mine), "", csv).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("refused: " + theirs + " (line 3)"));
        given().when().get("/api/v1/regions/" + mine).then().statusCode(404);
        // valid-rows: its own rows are written, the others reported
        post(TestTokens.editor(mine), "?mode=valid-rows", csv).then().statusCode(200)
                .body("rows.outcome", contains("CREATED", "INVALID"))
                .body("rows[1].violations[0].message", containsString("editor of region " + theirs));
        given().when().get("/api/v1/regions/" + theirs).then().statusCode(404);
        // none of its own: 403 in either mode
        post(TestTokens.editor(mine), "?mode=valid-rows", HEADER + theirs + ",,,\r\n").then().statusCode(403);
        given().contentType("text/csv").body(csv).when().post("/api/v1/regions/import").then().statusCode(401);
        post(TestTokens.viewer(), "", csv).then().statusCode(403);
        // roles are checked before the type
        given().contentType("application/json").body("{}").when().post("/api/v1/regions/import").then().statusCode(401);
    }

    @Test
    void rowsAreCheckedOneByOne() {
        String a = Fixtures.code();
        String retired = Fixtures.registered("[]");
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/regions/" + retired).then().statusCode(204);
        String csv = "Code,Name,Priorities,Stakeholders,country\r\n"
                + a + ",,ECONOMIC_DOMAIN:C21,,XX\r\n"
                + a + ",,,,\r\n"
                + retired + ",,,,\r\n"
                + "es51,,,,\r\n"
                + "," + "x".repeat(201) + ",,,\r\n"
                + Fixtures.code() + ",,ECONOMIC_DOMAIN:C21,HERO:Someone;UNIVERSITY:,\r\n"
                + "\r\n"
                + Fixtures.code() + ",,,,,extra\r\n";
        importAsAdmin("?mode=valid-rows", csv).statusCode(200)
                .body("rows.line", contains(2, 3, 4, 5, 6, 7, 9))
                .body("rows.outcome", contains("CREATED", "INVALID", "INVALID", "INVALID", "INVALID", "INVALID", "INVALID"))
                .body("rows[1].violations[0].message", containsString("on line 2 already"))
                .body("rows[2].violations[0].message", containsString("retired"))
                .body("rows[3].violations[0].field", equalTo("code"))
                .body("rows[4].violations.field", contains("code", "name"))
                .body("rows[5].violations.field", contains("stakeholders[0]", "stakeholders[1]"))
                .body("rows[6].violations[0].field", equalTo("row"));
    }

    @Test
    void theFileItselfMustBeReadable() {
        importAsAdmin("", "").statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
        importAsAdmin("", "code,region,priorites\r\nAT111,,\r\n").statusCode(400)
                .body("violations.field", everyItem(equalTo("header")))
                .body("violations.message", hasItem(containsString("unknown column 'priorites'")));
        importAsAdmin("", "name\r\nX\r\n").statusCode(400)
                .body("violations[0].message", containsString("no 'code' column"));
        importAsAdmin("", HEADER).statusCode(400).body("violations[0].message", containsString("no row"));
        importAsAdmin("", HEADER + "\"AT111,,\r\n").statusCode(400).body("violations[0].message", containsString("not CSV"));
        importAsAdmin("?mode=some", HEADER + "AT111,,,\r\n").statusCode(400)
                .body("violations[0].field", equalTo("mode"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{}")
                .when().post("/api/v1/regions/import").then().statusCode(415);
    }

    @Test
    void limitsOnRowsAndBytesAreClearProblems() {
        StringBuilder many = new StringBuilder("code\r\n");
        for (int i = 0; i <= 1000; i++) {
            many.append("AT111\r\n");
        }
        importAsAdmin("", many.toString()).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://s3coop.org/problems/import-too-many-rows"))
                .body("detail", containsString("at most 1000"));
        StringBuilder big = new StringBuilder(HEADER);
        while (big.length() <= 70_000) {
            big.append("AT111,").append("x".repeat(190)).append(",,\r\n");
        }
        importAsAdmin("", big.toString()).statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aRetriedImportWithItsKeyIsAnsweredOnceAndWritesOnce() {
        String code = Fixtures.code();
        String csv = HEADER + code + ",,ECONOMIC_DOMAIN:C21,CLUSTER:Cluster\r\n";
        String key = IdempotencyScenarios.newKey();
        Response first = given().auth().oauth2(TestTokens.admin()).contentType("text/csv")
                .header(IdempotencyScenarios.HEADER, key).body(csv).post("/api/v1/regions/import");
        Response retry = given().auth().oauth2(TestTokens.admin()).contentType("text/csv")
                .header(IdempotencyScenarios.HEADER, key).body(csv).post("/api/v1/regions/import");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.header(IdempotencyScenarios.REPLAYED)).isEqualTo("true");
        assertThat(retry.jsonPath().getList("rows.outcome")).containsExactly("CREATED");
        assertThat(events(code)).isEqualTo(1);
        assertThat(ServiceDatabase.count("select count(*) from stakeholder where region_code = ?", code)).isEqualTo(1);
    }

    @Test
    void aCountryExportedAsCsvImportsAgainUnchanged() {
        String country = Fixtures.country();
        for (int i = 0; i < 3; i++) {
            Fixtures.registered(country, "[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C26\",\"label\":\"Chips\"},"
                    + "{\"family\":\"POLICY_OBJECTIVE\",\"code\":\"DIGITAL_TRANSFORMATION\"}]");
        }
        String exported = given().accept("text/csv").queryParam("country", country).when().get("/api/v1/regions")
                .then().statusCode(200).extract().asString();
        importAsAdmin("", exported).statusCode(200).body("unchanged", equalTo(3)).body("rows", hasSize(3))
                .body("rows.version", everyItem(equalTo(1)));
    }

    /**
     * 300 rows, the size of a large country's NUTS 3 list with priorities and a stakeholder each: the time is written to
     * target/import-timing.md (measured, not asserted); what is asserted is what the import did.
     */
    @Test
    void threeHundredRows() throws Exception {
        List<String> codes = new ArrayList<>();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 300; i++) {
            String code = Fixtures.code();
            codes.add(code);
            csv.append(code).append(",,ECONOMIC_DOMAIN:C2").append(i % 10).append(";POLICY_OBJECTIVE:GREEN_TRANSITION;"
                    + "SCIENTIFIC_DOMAIN:NABS0").append(1 + i % 9).append(",CLUSTER:Cluster ").append(code).append("\r\n");
        }
        long start = System.nanoTime();
        importAsAdmin("", csv.toString()).statusCode(200).body("created", equalTo(300));
        double created = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        importAsAdmin("", csv.toString()).statusCode(200).body("unchanged", equalTo(300));
        double unchanged = (System.nanoTime() - start) / 1e6;
        assertThat(ServiceDatabase.count("select count(*) from region where code = any(?)", (Object) codes.toArray(String[]::new)))
                .isEqualTo(300);
        assertThat(ServiceDatabase.count("select count(*) from outbox_event where record_key = any(?)",
                (Object) codes.toArray(String[]::new))).isEqualTo(300);
        String report = String.format(Locale.ROOT, """
                # Region import: 300 rows (RegionImportTests)

                One POST /api/v1/regions/import of %d bytes: 300 NUTS 3 regions, 3 priorities and 1 stakeholder each, in the
                test JVM on this machine (%d CPUs), embedded PostgreSQL.

                | | ms |
                |---|---|
                | 300 rows, all created (300 registered events, 300 stakeholders) | %.0f |
                | the same 300 rows again, all unchanged (no event) | %.0f |
                """, csv.length(), Runtime.getRuntime().availableProcessors(), created, unchanged);
        Files.writeString(Path.of("target", "import-timing.md"), report);
        System.out.println(report);
    }

    @Test
    void nameCellsThatLookLikeFormulasAreGuardedAndReadBack() {
        String code = Fixtures.code();
        importAsAdmin("", HEADER + code + ",=1+1 Region,,\r\n").statusCode(200);
        given().when().get("/api/v1/regions/" + code).then().body("name", equalTo("=1+1 Region"));
        String exported = given().accept("text/csv").queryParam("q", code).when().get("/api/v1/regions").then()
                .extract().asString();
        assertThat(exported).contains("'=1+1 Region").doesNotContain(",=1+1");
        importAsAdmin("", exported).statusCode(200).body("rows.outcome", contains("UNCHANGED"))
                .body("rows[0].code", equalTo(code)).body("rows[0].version", equalTo(1));
    }
}
