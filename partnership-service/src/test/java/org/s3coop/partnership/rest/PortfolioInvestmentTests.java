package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.s3coop.partnership.repository.PortfolioCellRepository;
import org.s3coop.partnership.support.Db;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Projects;
import org.s3coop.partnership.support.Regions;
import org.s3coop.partnership.support.StayCells;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.platform.time.UtcClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The portfolio's investment figures (issue 15) on a hand-checked set of partnerships on a priority of their own
 * (C27), through reverts, holds, closes, members leaving, projects funded and withdrawn and a report submitted; and
 * the aggregates kept by every change, compared with a computation from scratch over the same data (before and after
 * the compaction folds the deltas in).
 */
@QuarkusTest
class PortfolioInvestmentTests {
    private static final String KEY = "programme, priority_code, country, stage, status, since, reported, instrument, project_status";
    /** Every non-empty cell of a query with the cells' columns, as one sorted text. */
    private static final String CANONICAL = "select coalesce(string_agg(line, E'\\n' order by line), '') from (select "
            + "concat_ws('|', " + KEY + ", sum(partnerships), sum(projects), round(sum(requested_eur), 2), "
            + "round(sum(granted_eur), 2), sum(trl_start), sum(trl_target)) as line from (%s) c group by " + KEY
            + " having sum(partnerships) <> 0 or sum(projects) <> 0 or sum(requested_eur) <> 0 or sum(granted_eur) <> 0 "
            + "or sum(trl_start) <> 0 or sum(trl_target) <> 0) t";

    @AfterEach
    void realTime() {
        UtcClock.reset();
    }

    private static void at(String instant) {
        UtcClock.use(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static String kept() {
        return (String) Db.single(CANONICAL.formatted("select * from portfolio_cell union all select * from portfolio_delta"));
    }

    private static String fromScratch() {
        return (String) Db.single(CANONICAL.formatted(PortfolioCellRepository.FROM_SCRATCH));
    }

    private static JsonPath portfolio(String query) {
        return given().get("/api/v1/portfolio?priority=C27" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void investmentFiguresFromTheAggregatesMatchAComputationFromScratch() {
        String es = Regions.known("ES", "C27");
        String de = Regions.known("DE", "C27");
        String it = Regions.known("IT", "C27");
        String fr = Regions.known("FR", "C27");
        at("2026-05-10T10:00:00Z");
        String[] a = Partnerships.fullyEvidenced("C27");
        String id = a[0];
        String lead = TestTokens.editor(a[1]);
        // A: advanced to PILOT, reverted to MAPPING, held and resumed; one project FUNDED, one withdrawn
        Partnerships.advanceTo(id, a[1], "PILOT");
        Partnerships.transition(lead, id, "{\"action\":\"REVERT\",\"targetStage\":\"MAPPING\",\"trigger\":\"OTHER\","
                + "\"reason\":\"r\"}").then().statusCode(200);
        Partnerships.transition(lead, id, "{\"action\":\"HOLD\"}").then().statusCode(200);
        Partnerships.transition(lead, id, "{\"action\":\"RESUME\"}").then().statusCode(200);
        Projects.recorded(lead, id, Projects.money("I3_STRAND_1", "2000000", "1000000", a[1]), "PREPARE", "SUBMIT", "FUND");
        Projects.recorded(lead, id, Projects.money("ERDF", "300000", null, a[2]), "PREPARE", "SUBMIT", "WITHDRAW");
        // B: a project SUBMITTED, then held and closed
        String b = Partnerships.propose("C27", es, de);
        String leadB = TestTokens.editor(es);
        Projects.recorded(leadB, b, Projects.money("HORIZON_EUROPE", "500000", null, es), "PREPARE", "SUBMIT");
        Partnerships.transition(leadB, b, "{\"action\":\"HOLD\"}").then().statusCode(200);
        Partnerships.transition(leadB, b, "{\"action\":\"CLOSE\",\"outcome\":\"DISCONTINUED\"}").then().statusCode(200);
        // C: a French member joins and leaves again
        String c = Partnerships.propose("C27", it, es);
        as(TestTokens.admin()).body("{}").put(BASE + "/" + c + "/members/" + fr).then().statusCode(200);
        assertThat(portfolio("&country=FR").getLong("totalPartnerships")).isEqualTo(1);
        as(TestTokens.admin()).delete(BASE + "/" + c + "/members/" + fr).then().statusCode(200);

        assertThat(kept()).as("the aggregates kept by each change").isEqualTo(fromScratch());
        assertThat(StayCells.kept()).as("the stay and revert cells kept by each change").isEqualTo(StayCells.fromScratch());

        // the hand-checked figures, in 2026-H2: A and C owe their 2026-H1 report (B is closed)
        at("2026-08-01T09:00:00Z");
        JsonPath all = portfolio("");
        assertThat(all.getLong("totalPartnerships")).isEqualTo(3);
        assertThat(all.getMap("byStage")).containsEntry("SCOPING", 2).containsEntry("MAPPING", 1).containsEntry("PILOT", 0);
        assertThat(all.getMap("byStatus")).containsEntry("ACTIVE", 2).containsEntry("CLOSED", 1);
        assertThat(all.getMap("funnel.INTERREGIONAL_COOPERATION")).containsExactly(Map.entry("SCOPING", 2),
                Map.entry("MAPPING", 1), Map.entry("PILOT", 0), Map.entry("SCALE_UP", 0));
        assertThat(all.getMap("projectsByStatus")).containsEntry("FUNDED", 1).containsEntry("WITHDRAWN", 1)
                .containsEntry("SUBMITTED", 1).containsEntry("IDEA", 0).containsEntry("RUNNING", 0);
        assertThat(all.getMap("projectsByInstrument")).containsExactly(Map.entry("I3_STRAND_1", 1), Map.entry("HORIZON_EUROPE", 1),
                Map.entry("ERDF", 1));
        assertThat(all.getDouble("mobilisedByInstrument.I3_STRAND_1.requestedEur")).isEqualTo(2_000_000d);
        assertThat(all.getDouble("mobilisedByInstrument.I3_STRAND_1.grantedEur")).isEqualTo(1_000_000d);
        assertThat(all.getDouble("mobilisedByInstrument.ERDF.requestedEur")).as("withdrawn: nothing requested").isZero();
        assertThat(all.getDouble("mobilisedByInstrument.HORIZON_EUROPE.requestedEur")).isEqualTo(500_000d);
        assertThat(all.getDouble("mobilisedByInstrument.HORIZON_EUROPE.grantedEur")).isZero();
        assertThat(all.getDouble("mobilised.requestedEur")).isEqualTo(2_500_000d);
        assertThat(all.getDouble("mobilised.grantedEur")).isEqualTo(1_000_000d);
        assertThat(all.getLong("trlByInstrument.ERDF.projects")).isEqualTo(1);
        assertThat(all.getDouble("trlByInstrument.ERDF.averageStart")).isEqualTo(4d);
        assertThat(all.getDouble("trlByInstrument.ERDF.averageTarget")).isEqualTo(7d);
        assertThat(all.getString("lastClosedPeriod")).isEqualTo("2026-H1");
        assertThat(all.getLong("overdueReports")).isEqualTo(2);
        // filters: a country, a stage, a programme
        assertThat(portfolio("&country=DE").getLong("totalPartnerships")).isEqualTo(2);
        assertThat(portfolio("&country=FR").getLong("totalPartnerships")).as("FR left C").isZero();
        JsonPath mapping = portfolio("&stage=MAPPING");
        assertThat(mapping.getLong("totalPartnerships")).isEqualTo(1);
        assertThat(mapping.getMap("projectsByStatus")).containsEntry("FUNDED", 1).containsEntry("WITHDRAWN", 1)
                .containsEntry("SUBMITTED", 0);
        assertThat(portfolio("&programme=S3_THEMATIC_PARTNERSHIP").getLong("totalPartnerships")).isZero();

        // A reports for 2026-H1: one overdue left; the aggregates still match, before and after the compaction
        as(lead).body("{\"narrative\":\"n\"}").put(BASE + "/" + id + "/reports/2026-H1").then().statusCode(201);
        as(lead).post(BASE + "/" + id + "/reports/2026-H1/submission").then().statusCode(200);
        given().get("/api/v1/portfolio?priority=C27").then().body("overdueReports", equalTo(1));
        assertThat(kept()).isEqualTo(fromScratch());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> Db.count("select count(*) from portfolio_delta") == 0);
        assertThat(kept()).as("after the compaction").isEqualTo(fromScratch());
        assertThat(StayCells.kept()).as("the stay cells after the compaction").isEqualTo(StayCells.fromScratch());
        given().get("/api/v1/portfolio?priority=C27").then().body("overdueReports", equalTo(1))
                .body("totalPartnerships", equalTo(3));
    }
}
