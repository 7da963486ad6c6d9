package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.s3coop.partnership.support.Partnerships.transition;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.partnership.support.StayCells;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.platform.time.UtcClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The portfolio's time in stage on a hand-checked history (the clock fixed per step): time ON_HOLD left out, ongoing
 * stays reported beside completed ones, stays ended by CLOSE apart; and the filters (programme, priority, country).
 * The partnerships are on B06 with members in the made-up country QV (B08 and QW for the stays to the hour), which no
 * other test uses. The stays and reverts come from the cells each transition keeps (StayLedger), to the hour; they
 * must equal the same cells computed from the whole history.
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

    private static void at(int days, int hours, int minutes) {
        UtcClock.use(Clock.fixed(DAY_0.plus(days, ChronoUnit.DAYS).plus(hours, ChronoUnit.HOURS)
                .plus(minutes, ChronoUnit.MINUTES), ZoneOffset.UTC));
    }

    private static String propose(String qv, String de) {
        return propose("B06", qv, de);
    }

    private static String propose(String priority, String qv, String de) {
        String id = Partnerships.propose(priority, qv, de);
        Partnerships.scopingNote(qv, id);
        return id;
    }

    private static void step(String lead, String id, String action) {
        transition(TestTokens.editor(lead), id, action).then().log().ifValidationFails().statusCode(200);
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

    @Test
    void staysAndRevertsKeptByEveryTransitionMatchTheHistoryToTheHour() {
        String qw1 = Regions.known("QW", "B08");
        String qw2 = Regions.known("QW", "B08");
        String qw3 = Regions.known("QW", "B08");
        String de = Regions.known("DE", "B08");
        String hold = "{\"action\":\"HOLD\"}";
        String advance = "{\"action\":\"ADVANCE\"}";
        // A: SCOPING 0d00:00-2d00:30 (48.5 h), MAPPING -3d06:00 (29.5 h), REVERT (SCOPE_NOT_GRANULAR), SCOPING with a
        // day on hold -6d07:15 (49.25 h), MAPPING -7d07:15 (24 h), REVERT (OTHER), SCOPING since 7d07:15
        // B: SCOPING from 1d00:00, on hold since 3d12:20 (60 h 20 min)
        // C: SCOPING 0d12:00-1d13:00 (25 h), MAPPING closed at 2d13:59 (24 h 59 min)
        at(0, 0, 0);
        String a = propose("B08", qw1, de);
        at(0, 12, 0);
        String c = propose("B08", qw3, de);
        at(1, 0, 0);
        String b = propose("B08", qw2, de);
        at(1, 13, 0);
        step(qw3, c, advance);
        at(2, 0, 30);
        step(qw1, a, advance);
        at(2, 13, 59);
        step(qw3, c, "{\"action\":\"CLOSE\",\"outcome\":\"DISCONTINUED\"}");
        at(3, 6, 0);
        step(qw1, a, "{\"action\":\"REVERT\",\"targetStage\":\"SCOPING\",\"trigger\":\"SCOPE_NOT_GRANULAR\","
                + "\"reason\":\"too broad\"}");
        at(3, 12, 20);
        step(qw2, b, hold);
        at(4, 6, 0);
        step(qw1, a, hold);
        at(5, 6, 0);
        step(qw1, a, "{\"action\":\"RESUME\"}");
        at(6, 7, 15);
        step(qw1, a, advance);
        at(7, 7, 15);
        step(qw1, a, "{\"action\":\"REVERT\",\"targetStage\":\"SCOPING\",\"trigger\":\"OTHER\",\"reason\":\"r\"}");
        at(10, 0, 0);

        assertThat(StayCells.kept()).as("the stay cells kept by every transition").isEqualTo(StayCells.fromScratch());
        // lengths truncated to the hour: SCOPING 48, 49, 25 h; MAPPING 29, 24 h (mean of the two: 26.5 h); closed in
        // MAPPING 24 h; ongoing in SCOPING: A since 8d00:00 (its start rounded up to the day) 48 h, B held at 60 h
        portfolio("country=QW&priority=B08")
                .body("totalPartnerships", equalTo(3))
                .body("completedStays.SCOPING", equalTo(3)).body("medianDaysInStage.SCOPING", equalTo(2.0f))
                .body("completedStays.MAPPING", equalTo(2)).body("medianDaysInStage.MAPPING", equalTo(1.104f))
                .body("closedStays.MAPPING", equalTo(1)).body("medianDaysBeforeClose.MAPPING", equalTo(1.0f))
                .body("ongoingStays.SCOPING", equalTo(2)).body("medianDaysOngoing.SCOPING", equalTo(2.25f))
                .body("ongoingStays.MAPPING", equalTo(0)).body("medianDaysOngoing.MAPPING", nullValue())
                .body("revertsByTrigger", equalTo(Map.of("SCOPE_NOT_GRANULAR", 1, "OTHER", 1)));
        // the filters apply to them as to the counts: by the current stage, and by the members' countries
        portfolio("country=QW&priority=B08&stage=MAPPING").body("totalPartnerships", equalTo(1))
                .body("completedStays.SCOPING", equalTo(1)).body("closedStays.MAPPING", equalTo(1))
                .body("revertsByTrigger", anEmptyMap());
        portfolio("country=DE&priority=B08&stage=SCOPING").body("completedStays.SCOPING", equalTo(2))
                .body("revertsByTrigger.OTHER", equalTo(1));
        portfolio("country=PT&priority=B08").body("completedStays.SCOPING", equalTo(0))
                .body("revertsByTrigger", anEmptyMap());
    }
}
