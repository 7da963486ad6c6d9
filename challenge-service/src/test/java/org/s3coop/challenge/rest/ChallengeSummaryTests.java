package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.repository.OpenChallengeCountRepository;
import org.s3coop.challenge.support.Api;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.challenge.support.Learning;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The summary's counts of open challenges, kept by every change of a challenge and by the partnership consumer, and
 * compared with a count from scratch over the same data.
 */
@QuarkusTest
class ChallengeSummaryTests {

    private static JsonPath summary() {
        return given().when().get("/api/v1/challenges/summary").then().statusCode(200).extract().jsonPath();
    }

    private static long cluster(JsonPath s, String code) {
        return s.getLong("byCluster.find { it.cluster == '" + code + "' }.open");
    }

    private static long stage(JsonPath s, String stage) {
        return s.getLong("byPartnershipStage.find { it.stage == '" + stage + "' }.open");
    }

    private static long stageCluster(JsonPath s, String stage, String cluster) {
        Map<String, Object> byCluster = s.getMap("byPartnershipStage.find { it.stage == '" + stage + "' }.byCluster");
        Object n = byCluster.get(cluster);
        return n == null ? 0 : ((Number) n).longValue();
    }

    @Test
    void countsOpenChallengesByClusterSeverityAndPartnershipStage() throws SQLException {
        String es = EventFeed.knownRegion();
        String de = EventFeed.knownRegion();
        String atPilot = EventFeed.knownPartnership("PILOT", es, de);
        String atScoping = EventFeed.knownPartnership("SCOPING", es, de);
        JsonPath before = summary();
        assertEquals(List.of("CAPACITY", "ALIGNING_ECOSYSTEMS", "FUNDING", "GOVERNANCE", "STAKEHOLDER_ENGAGEMENT",
                "KNOWLEDGE_AND_MONITORING"), before.getList("byCluster.cluster"));
        assertEquals(List.of("LOW", "MEDIUM", "HIGH", "BLOCKING"), List.copyOf(before.getMap("bySeverity").keySet()));
        assertEquals(List.of("SCOPING", "MAPPING", "PILOT", "SCALE_UP"),
                before.getList("byPartnershipStage.stage").subList(0, 4));

        Api.raised("CAPACITY", null, "PARTNERSHIP", atPilot, "BLOCKING");
        Api.raised("CAPACITY", null, "PARTNERSHIP", atPilot, "HIGH");
        Api.raised("FUNDING", null, "PARTNERSHIP", atScoping, "LOW");
        Api.raised("GOVERNANCE", null, "REGION", es, "MEDIUM");
        String addressed = Api.raised("FUNDING", null, "PARTNERSHIP", atPilot, "BLOCKING");
        Api.transition(TestTokens.admin(), addressed, "ADDRESS", null).statusCode(200);

        JsonPath after = summary();
        assertEquals(4, after.getLong("open") - before.getLong("open"));
        assertEquals(2, cluster(after, "CAPACITY") - cluster(before, "CAPACITY"));
        assertEquals(1, cluster(after, "FUNDING") - cluster(before, "FUNDING"));
        assertEquals(1, cluster(after, "GOVERNANCE") - cluster(before, "GOVERNANCE"));
        assertEquals(1, after.getLong("bySeverity.BLOCKING") - before.getLong("bySeverity.BLOCKING"));
        assertEquals(1, after.getLong("bySeverity.HIGH") - before.getLong("bySeverity.HIGH"));
        assertEquals(1, after.getLong("bySeverity.LOW") - before.getLong("bySeverity.LOW"));
        assertEquals(2, stage(after, "PILOT") - stage(before, "PILOT"));
        assertEquals(2, stageCluster(after, "PILOT", "CAPACITY") - stageCluster(before, "PILOT", "CAPACITY"));
        assertEquals(1, stage(after, "SCOPING") - stage(before, "SCOPING"));
        assertEquals(1, stageCluster(after, "SCOPING", "FUNDING") - stageCluster(before, "SCOPING", "FUNDING"));

        // the partnership moves on: its open challenges now count at its new stage
        EventFeed.partnershipEvent(java.util.UUID.randomUUID().toString(), "org.s3coop.partnership.stage-advanced.v1",
                atPilot, "SCALE_UP", "ACTIVE", 2, es, de);
        EventFeed.awaitPartnershipVersion(atPilot, 2);
        JsonPath moved = summary();
        assertEquals(stage(before, "PILOT"), stage(moved, "PILOT"));
        assertEquals(2, stage(moved, "SCALE_UP") - stage(before, "SCALE_UP"));
        assertEquals(kept(), fromScratch(), "the counts kept by each change");
    }

    @Test
    void countsKeptByUpdatesReopeningsAndWithdrawalsMatchACountFromScratch() throws SQLException {
        String es = EventFeed.knownRegion();
        String de = EventFeed.knownRegion();
        String atMapping = EventFeed.knownPartnership("MAPPING", es, de);
        JsonPath before = summary();
        String x = Api.raised("CAPACITY", null, "PARTNERSHIP", atMapping, "LOW");
        String y = Api.raised("GOVERNANCE", null, "PARTNERSHIP", atMapping, "HIGH");
        String z = Api.raised("FUNDING", null, "COMMUNITY", null, "MEDIUM");
        // x described anew (another cluster and severity); y addressed and reopened; z withdrawn
        Learning.as(TestTokens.admin()).body("{\"cluster\":\"FUNDING\",\"title\":\"A challenge\","
                + "\"description\":\"What holds us back\",\"severity\":\"BLOCKING\"}").put("/api/v1/challenges/" + x)
                .then().statusCode(200);
        Api.transition(TestTokens.admin(), y, "ADDRESS", null).statusCode(200);
        Api.transition(TestTokens.admin(), y, "REOPEN", null).statusCode(200);
        Api.transition(TestTokens.admin(), z, "WITHDRAW", null).statusCode(200);

        JsonPath after = summary();
        assertEquals(2, after.getLong("open") - before.getLong("open"));
        assertEquals(1, cluster(after, "FUNDING") - cluster(before, "FUNDING"));
        assertEquals(0, cluster(after, "CAPACITY") - cluster(before, "CAPACITY"));
        assertEquals(1, after.getLong("bySeverity.BLOCKING") - before.getLong("bySeverity.BLOCKING"));
        assertEquals(0, after.getLong("bySeverity.LOW") - before.getLong("bySeverity.LOW"));
        assertEquals(0, after.getLong("bySeverity.MEDIUM") - before.getLong("bySeverity.MEDIUM"));
        assertEquals(2, stage(after, "MAPPING") - stage(before, "MAPPING"));
        assertEquals(1, stageCluster(after, "MAPPING", "GOVERNANCE") - stageCluster(before, "MAPPING", "GOVERNANCE"));
        assertEquals(kept(), fromScratch(), "the counts kept by each change");
    }

    /** The kept counts, as one sorted text (zero counts left out). */
    private static String kept() throws SQLException {
        return canonical("select cluster_code, severity, stage, open from open_challenge_count");
    }

    private static String fromScratch() throws SQLException {
        return canonical(OpenChallengeCountRepository.FROM_SCRATCH);
    }

    private static String canonical(String counts) throws SQLException {
        return EventFeed.queryString("select coalesce(string_agg(concat_ws('|', cluster_code, severity, stage, open), "
                + "E'\\n' order by cluster_code, severity, stage), '') from (" + counts + ") c where open <> 0");
    }
}
