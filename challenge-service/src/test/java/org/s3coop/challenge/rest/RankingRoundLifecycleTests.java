package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.s3coop.challenge.support.Rankings.A;
import static org.s3coop.challenge.support.Rankings.C;
import static org.s3coop.challenge.support.Rankings.F;
import static org.s3coop.challenge.support.Rankings.G;
import static org.s3coop.challenge.support.Rankings.K;
import static org.s3coop.challenge.support.Rankings.S;
import static org.s3coop.challenge.support.Rankings.vote;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.challenge.support.Learning;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.platform.time.UtcClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Ranking rounds as the working group runs them: opened (optionally at a meeting, with the clusters ranked and a
 * deadline), members only, closed by a call or by the deadline (the scheduled check, with a fixed clock), the result
 * frozen at the close, votes of regions retired before it set apart, meanRank null without votes, the trend.
 */
@QuarkusTest
class RankingRoundLifecycleTests {

    @AfterEach
    void realTime() {
        UtcClock.reset();
    }

    @Test
    void membersVoteUntilTheDeadlineWhenTheScheduledCheckClosesTheRoundAndFreezesItsResult() {
        String m1 = Learning.memberRegion();
        String m2 = Learning.memberRegion();
        String outsider = EventFeed.knownRegion();
        String round = "deadline-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime deadline = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).truncatedTo(ChronoUnit.SECONDS);
        Learning.openRound(TestTokens.admin(), "{\"code\":\"" + round + "\",\"title\":\"Mid-term\",\"clusters\":[\""
                + F + "\",\"" + C + "\",\"" + A + "\"],\"deadline\":\"" + deadline + "\"}")
                .statusCode(201).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("OPEN")).body("membersOnly", equalTo(true)).body("implicit", equalTo(false))
                .body("rankedClusters", contains(C, A, F))
                .body("votesCast", equalTo(0))
                .body("clusters.meanRank", everyItem(nullValue()))
                .body("clusters.points", contains(0, 0, 0));

        vote(TestTokens.editor(m1), round, m1, C, A, F).statusCode(201);
        vote(TestTokens.editor(m2), round, m2, A, C, F).statusCode(201);
        vote(TestTokens.editor(outsider), round, outsider, C, A, F).statusCode(422).body("type", endsWith("/not-a-member"));
        vote(TestTokens.editor(m1), round, m1, C, A, F, G).statusCode(400)
                .body("violations[0].field", equalTo("clusters[3]"))
                .body("violations[0].message", containsString("not ranked in this round"));

        // the deadline passes: the scheduled check (reading UtcClock) closes the round at the deadline, as system
        UtcClock.use(Clock.fixed(deadline.plusMinutes(5).toInstant(), ZoneOffset.UTC));
        vote(TestTokens.editor(m2), round, m2, C, A, F).statusCode(409).body("type", endsWith("/round-closed"));
        Awaitility.await("the deadline check").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> "CLOSED".equals(given().get("/api/v1/ranking-rounds/" + round).path("status")));
        JsonPath closed = given().get("/api/v1/ranking-rounds/" + round).then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("closedOn", equalTo("DEADLINE"))
                .body("votesCast", equalTo(2))
                .body("clusters.cluster", contains(C, A, F))
                .body("clusters.points", contains(3, 3, 0))
                .body("clusters.meanRank", contains(1.5f, 1.5f, 3.0f))
                .extract().jsonPath();
        assertThat(OffsetDateTime.parse(closed.getString("closedAt"))).isEqualTo(deadline);
        given().get("/api/v1/ranking-rounds/" + round + "/audit").then().statusCode(200)
                .body("items.action", contains("OPEN", "CAST", "CAST", "CLOSE_DEADLINE"))
                .body("items[3].actor", equalTo("system"));

        // votes after the close are refused, and the result stays as it was frozen
        UtcClock.reset();
        vote(TestTokens.editor(m2), round, m2, C, A, F).statusCode(409).body("type", endsWith("/round-closed"));
        Learning.retire(m1);
        given().get("/api/v1/ranking-rounds/" + round).then().statusCode(200)
                .body("clusters.points", contains(3, 3, 0)).body("regions", hasItem(m1))
                .body("excludedVotes", empty());
        Learning.close(TestTokens.admin(), round).statusCode(409).body("type", endsWith("/invalid-transition"));
    }

    @Test
    void theVotesOfRegionsRetiredBeforeTheCloseAreReportedApartAndNotCounted() {
        String stays = Learning.memberRegion();
        String leaves = Learning.memberRegion();
        String round = Learning.round();
        vote(TestTokens.editor(stays), round, stays, C, A, F, G, S, K).statusCode(201);
        vote(TestTokens.editor(leaves), round, leaves, K, S, G, F, A, C).statusCode(201);
        Learning.retire(leaves);
        // while OPEN the count as it stands already sets the retired region apart
        given().get("/api/v1/ranking-rounds/" + round).then().statusCode(200)
                .body("votesCast", equalTo(1)).body("excludedVotes.regionCode", contains(leaves));

        Learning.close(TestTokens.admin(), round).statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedOn", equalTo("CALL"))
                .body("votesCast", equalTo(1)).body("regions", contains(stays))
                .body("clusters.cluster", contains(C, A, F, G, S, K))
                .body("clusters.points", contains(5, 4, 3, 2, 1, 0))
                .body("excludedVotes[0].regionCode", equalTo(leaves))
                .body("excludedVotes[0].reason", equalTo("REGION_RETIRED"))
                .body("excludedVotes[0].retiredAt", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/regions/" + leaves + "/challenge-profile").then().statusCode(200)
                .body("rounds.find { it.round == '" + round + "' }.counted", equalTo(false));
    }

    @Test
    void aRoundHeldAtAMeetingIsRunByItsHostsEditorAndOtherwiseByAnAdmin() {
        String host = EventFeed.knownRegion();
        String other = EventFeed.knownRegion();
        String meeting = Learning.meeting(host, "2024-03-14");
        String round = "held-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"code\":\"" + round + "\",\"meetingId\":\"" + meeting + "\"}";
        Learning.openRound(TestTokens.editor(other), body).statusCode(403);
        Learning.openRound(TestTokens.editor(host), body).statusCode(201).body("meetingId", equalTo(meeting))
                .body("rankedClusters", contains(C, A, F, G, S, K));
        Learning.openRound(TestTokens.admin(), body).statusCode(409).body("type", endsWith("/round-exists"));
        Learning.openRound(TestTokens.editor(host), "{\"code\":\"x-" + round + "\"}").statusCode(403)
                .body("detail", containsString("no meeting"));

        Learning.close(TestTokens.editor(other), round).statusCode(403);
        Learning.as(TestTokens.editor(host)).header("If-Match", "\"5\"").body("{\"action\":\"CLOSE\"}")
                .post("/api/v1/ranking-rounds/" + round + "/transitions").then().statusCode(412);
        Learning.close(TestTokens.editor(host), round).statusCode(200).header("ETag", equalTo("\"2\""))
                .body("votesCast", equalTo(0)).body("clusters.meanRank", everyItem(nullValue()));
        // the list answers the rounds with votes, as it always did; withoutVotes adds the others
        given().get("/api/v1/ranking-rounds").then().statusCode(200).body("round", not(hasItem(round)));
        given().queryParam("withoutVotes", "true").get("/api/v1/ranking-rounds").then().statusCode(200)
                .body("find { it.round == '" + round + "' }.votesCast", equalTo(0))
                .body("find { it.round == '" + round + "' }.lastCastAt", nullValue());
        given().queryParam("withoutVotes", "maybe").get("/api/v1/ranking-rounds").then().statusCode(400);
        String implicit = "implicit-" + UUID.randomUUID().toString().substring(0, 8);
        String voter = EventFeed.knownRegion();
        vote(TestTokens.editor(voter), implicit, voter, C, A, F, G, S, K).statusCode(201);
        given().get("/api/v1/ranking-rounds/" + implicit).then().statusCode(200)
                .body("implicit", equalTo(true)).body("membersOnly", equalTo(false)).body("status", equalTo("OPEN"));
        Learning.close(TestTokens.editor(voter), implicit).statusCode(403);
        Learning.close(TestTokens.admin(), implicit).statusCode(200);
        Learning.close(TestTokens.admin(), "no-such-round").statusCode(404);
    }

    @Test
    void roundsAreOpenedWithValidInputOnly() {
        String meeting = UUID.randomUUID().toString();
        Learning.openRound(TestTokens.admin(), "{\"code\":\"trend\"}").statusCode(400)
                .body("violations[0].field", equalTo("code"));
        Learning.openRound(TestTokens.admin(), "{\"code\":\"bad code!\"}").statusCode(400);
        Learning.openRound(TestTokens.admin(), "{\"code\":\"r1\",\"clusters\":[\"CAPACITY\"]}").statusCode(400)
                .body("violations[0].message", containsString("at least 2"));
        Learning.openRound(TestTokens.admin(), "{\"code\":\"r1\",\"clusters\":[\"CAPACITY\",\"WEATHER\",\"CAPACITY\"]}")
                .statusCode(400).body("violations.field", contains("clusters[1]", "clusters[2]"));
        Learning.openRound(TestTokens.admin(), "{\"code\":\"r1\",\"deadline\":\"2020-01-01T00:00:00Z\"}").statusCode(400)
                .body("violations[0].field", equalTo("deadline"));
        Learning.openRound(TestTokens.admin(), "{\"code\":\"r1\",\"deadline\":\"tomorrow\"}").statusCode(400);
        Learning.openRound(TestTokens.admin(), "{\"code\":\"r1\",\"meetingId\":\"" + meeting + "\"}").statusCode(422)
                .body("type", endsWith("/unknown-meeting"));
        Learning.openRound(TestTokens.editor("ES51"), "{\"code\":\"r1\"}").statusCode(403);
        vote(TestTokens.admin(), "trend", EventFeed.knownRegion(), C, A, F, G, S, K).statusCode(400);
        given().get("/api/v1/ranking-rounds/r1").then().statusCode(404);
    }

    @Test
    void theTrendShowsEachClustersRankAcrossClosedRounds() {
        String r1 = Learning.memberRegion();
        String r2 = Learning.memberRegion();
        String first = Learning.round();
        vote(TestTokens.editor(r1), first, r1, C, A, F, G, S, K).statusCode(201);
        vote(TestTokens.editor(r2), first, r2, C, F, A, G, S, K).statusCode(201);
        Learning.close(TestTokens.admin(), first).statusCode(200);
        String second = Learning.round();
        vote(TestTokens.editor(r1), second, r1, F, C, A, G, S, K).statusCode(201);
        vote(TestTokens.editor(r2), second, r2, F, A, C, G, S, K).statusCode(201);
        String open = Learning.round();
        vote(TestTokens.editor(r1), open, r1, K, S, G, F, A, C).statusCode(201);
        Learning.close(TestTokens.admin(), second).statusCode(200);

        JsonPath trend = given().get("/api/v1/ranking-rounds/trend").then().statusCode(200).extract().jsonPath();
        List<String> rounds = trend.getList("rounds.round");
        assertThat(rounds).containsSubsequence(first, second).doesNotContain(open);
        assertThat(rounds.get(rounds.size() - 1)).isEqualTo(second);
        // clusters in the order of the latest round: F 10, C 7, A 5 ...
        assertThat(trend.getList("clusters.cluster", String.class)).startsWith(F, C, A, G, S, K);
        String f = "clusters.find { it.cluster == 'FUNDING' }";
        assertThat(trend.getList(f + ".points.findAll { it.round == '" + first + "' || it.round == '" + second + "' }.position",
                Integer.class)).containsExactly(3, 1);
        assertThat(trend.getInt(f + ".positionChange")).isEqualTo(2);
        assertThat(trend.getInt("clusters.find { it.cluster == 'CAPACITY' }.positionChange")).isEqualTo(-1);
        given().get("/api/v1/ranking-rounds").then().statusCode(200)
                .body("find { it.round == '" + open + "' }.status", equalTo("OPEN"))
                .body("find { it.round == '" + second + "' }.status", equalTo("CLOSED"))
                .body("find { it.round == '" + second + "' }.votesCast", equalTo(2));
    }
}
