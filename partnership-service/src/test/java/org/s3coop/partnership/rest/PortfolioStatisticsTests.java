package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.s3coop.partnership.support.Partnerships.transition;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.platform.time.UtcClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The portfolio's time in stage on a hand-checked history (the clock fixed per step): time ON_HOLD left out, ongoing
 * stays reported beside completed ones, stays ended by CLOSE apart; and the filters (programme, priority, country).
 * The partnerships are on B06 with members in the made-up country QV, which no other test uses.
 */
@QuarkusTest
class PortfolioStatisticsTests {
    private static final Instant DAY_0 = Instant.parse("2025-01-01T00:00:00Z");

    @AfterEach
    void realTime() {
        UtcClock.reset();
    }

    private static void day(int n) {
        UtcClock.use(Clock.fixed(DAY_0.plus(n, ChronoUnit.DAYS), ZoneOffset.UTC));
    }

    private static String propose(String qv, String de) {
        String id = Partnerships.propose("B06", qv, de);
        Partnerships.scopingNote(qv, id);
        return id;
    }

    private static void step(String lead, String id, String action) {
        transition(TestTokens.editor(lead), id, action).then().statusCode(200);
    }

    private static ValidatableResponse portfolio(String query) {
        return given().get("/api/v1/portfolio?" + query).then().statusCode(200);
    }

    @Test
    void timeInStageLeavesHoldsOutAndReportsOngoingAndClosedStaysApart() {
        String qv1 = Regions.known("QV", "B06");
        String qv2 = Regions.known("QV", "B06");
        String qv3 = Regions.known("QV", "B06");
        String de = Regions.known("DE", "B06");
        String hold = "{\"action\":\"HOLD\"}";
        // A: proposed day 0, on hold days 2-5, advanced day 10 (SCOPING: 10 - 3 = 7 days), in MAPPING since (20 days)
        // B: proposed day 1, advanced day 4 (SCOPING: 3 days), on hold day 6, closed day 16 (MAPPING: 12 - 10 = 2 days)
        // C: proposed day 3, on hold since day 20: in SCOPING for 27 days, 10 of them on hold (17 days)
        day(0);
        String a = propose(qv1, de);
        day(1);
        String b = propose(qv2, de);
        day(2);
        step(qv1, a, hold);
        day(3);
        String c = propose(qv3, de);
        day(4);
        step(qv2, b, "{\"action\":\"ADVANCE\"}");
        day(5);
        step(qv1, a, "{\"action\":\"RESUME\"}");
        day(6);
        step(qv2, b, hold);
        day(10);
        step(qv1, a, "{\"action\":\"ADVANCE\"}");
        day(16);
        step(qv2, b, "{\"action\":\"CLOSE\",\"outcome\":\"DISCONTINUED\"}");
        day(20);
        step(qv3, c, hold);
        day(30);

        portfolio("country=QV&priority=B06")
                .body("totalPartnerships", equalTo(3))
                .body("byStatus.ACTIVE", equalTo(1)).body("byStatus.ON_HOLD", equalTo(1)).body("byStatus.CLOSED", equalTo(1))
                .body("byStage.SCOPING", equalTo(1)).body("byStage.MAPPING", equalTo(2))
                .body("openByStageAndStatus.SCOPING.ON_HOLD", equalTo(1)).body("openByStageAndStatus.MAPPING.ACTIVE", equalTo(1))
                .body("medianDaysInStage.SCOPING", equalTo(5.0f)).body("completedStays.SCOPING", equalTo(2))
                .body("medianDaysInStage.MAPPING", nullValue()).body("completedStays.MAPPING", equalTo(0))
                .body("medianDaysOngoing.SCOPING", equalTo(17.0f)).body("ongoingStays.SCOPING", equalTo(1))
                .body("medianDaysOngoing.MAPPING", equalTo(20.0f)).body("ongoingStays.MAPPING", equalTo(1))
                .body("medianDaysBeforeClose.MAPPING", equalTo(2.0f)).body("closedStays.MAPPING", equalTo(1))
                .body("medianDaysBeforeClose.SCOPING", nullValue()).body("closedStays.SCOPING", equalTo(0))
                .body("revertsByTrigger", anEmptyMap())
                .body("rescopingRecommended", equalTo(java.util.List.of()));
        // the other member's country selects the same partnerships; other programmes, priorities, countries none
        portfolio("country=DE&priority=B06&programme=INTERREGIONAL_COOPERATION").body("totalPartnerships", equalTo(3))
                .body("completedStays.SCOPING", equalTo(2));
        portfolio("country=QV&programme=S3_THEMATIC_PARTNERSHIP").body("totalPartnerships", equalTo(0))
                .body("completedStays.SCOPING", equalTo(0)).body("medianDaysOngoing.SCOPING", nullValue());
        portfolio("country=PT&priority=B06").body("totalPartnerships", equalTo(0));
        portfolio("country=QV").body("totalPartnerships", equalTo(3));
        given().get("/api/v1/portfolio?country=Spain").then().statusCode(400).body("violations.field", hasItem("country"));
        given().get("/api/v1/portfolio?programme=s3").then().statusCode(400).body("violations.field", hasItem("programme"));
        given().get("/api/v1/portfolio?priority=c-22").then().statusCode(400).body("violations.field", hasItem("priority"));
    }
}
