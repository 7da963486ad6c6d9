package org.s3coop.challenge.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.Api;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.challenge.support.Learning;
import org.s3coop.challenge.support.Rankings;
import org.s3coop.contracts.EventContract;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Producer contract: every event type challenge-service publishes (challenges, ranking votes and rounds, meetings,
 * good practices, working-group members), driven through the REST API and read back from the real broker, keeps its
 * message in docs/asyncapi.yaml (headers, key, data, {@code actor} included); and every type the document declares
 * for s3coop.challenges.v1 is really emitted.
 */
@QuarkusTest
class ChallengeEventContractTests {
    private static final String TOPIC = "s3coop.challenges.v1";
    private static final EventContract CONTRACT = EventContract.load();

    @Test
    void everyChallengeAndRankingEventKeepsTheContract() {
        String es = EventFeed.knownRegion();
        String de = EventFeed.knownRegion();
        String partnership = EventFeed.knownPartnership("PILOT", es, de);
        String admin = TestTokens.admin();

        String id = Api.raised("CAPACITY", "INSUFFICIENT_TIME", "PARTNERSHIP", partnership, "BLOCKING");
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"cluster\":\"CAPACITY\",\"subDimension\":\"INSUFFICIENT_TIME\",\"title\":\"Sharper\",\"severity\":\"HIGH\"}")
                .when().put("/api/v1/challenges/" + id).then().statusCode(200);
        Api.transition(admin, id, "ADDRESS", null).statusCode(200);
        String solution = given().auth().oauth2(admin).contentType("application/json")
                .body("{\"title\":\"Joint secretariat\",\"adoptingRegions\":[\"" + es + "\"]}")
                .when().post("/api/v1/challenges/" + id + "/solutions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"title\":\"Joint secretariat\",\"status\":\"ADOPTED\",\"adoptingRegions\":[\"" + es + "\",\"" + de + "\"]}")
                .when().put("/api/v1/challenges/" + id + "/solutions/" + solution).then().statusCode(200);
        Api.transition(admin, id, "REOPEN", null).statusCode(200);
        Api.transition(admin, id, "CLOSE", null).statusCode(200);

        // a community-wide challenge (no ref, no sub-dimension), withdrawn
        String community = Api.raised("FUNDING", null, "COMMUNITY", null, "LOW");
        Api.transition(admin, community, "WITHDRAW", null).statusCode(200);

        String round = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        Rankings.vote(TestTokens.editor(es), round, es, Rankings.C, Rankings.A,
                Rankings.F, Rankings.G, Rankings.S, Rankings.K).statusCode(201);
        Rankings.vote(TestTokens.editor(es), round, es, Rankings.A, Rankings.C,
                Rankings.F, Rankings.G, Rankings.S, Rankings.K).statusCode(200);

        // the learning loop: a member joins, changes, leaves; a meeting is planned, updated, held, its minutes
        // published; a round is opened at it, voted in and closed; the adopted solution becomes a practice
        String wg = EventFeed.knownRegion();
        Learning.member(wg);
        Learning.as(admin).body("{\"representatives\":[{\"organisation\":\"Agency\",\"name\":\"Ana\"}]}")
                .put("/api/v1/working-group/members/" + wg).then().statusCode(200);
        Learning.as(admin).delete("/api/v1/working-group/members/" + wg).then().statusCode(200);
        Learning.member(es);
        String meeting = Learning.meeting(es, "2023-06-08");
        Learning.as(admin).body(Learning.meetingBody("Kick-off", "KICK_OFF", "2023-06-08", es)
                .replace("}", ",\"minutes\":\"Capacity first\",\"decisions\":[\"Capacity first\"]}"))
                .put("/api/v1/meetings/" + meeting).then().statusCode(200);
        for (String action : List.of("MARK_HELD", "PUBLISH_MINUTES")) {
            Learning.as(admin).body("{\"action\":\"" + action + "\"}").post("/api/v1/meetings/" + meeting + "/transitions")
                    .then().statusCode(200);
        }
        String held = "held-" + UUID.randomUUID().toString().substring(0, 8);
        Learning.openRound(admin, "{\"code\":\"" + held + "\",\"meetingId\":\"" + meeting + "\"}").statusCode(201);
        Rankings.vote(TestTokens.editor(es), held, es, Rankings.C, Rankings.A,
                Rankings.F, Rankings.G, Rankings.S, Rankings.K).statusCode(201);
        Learning.close(admin, held).statusCode(200);
        String practice = Learning.practice(solution, "One secretariat for all");
        Learning.as(admin).body("{\"summary\":\"A shared secretariat\",\"contactOrganisation\":\"Agency\","
                + "\"evidenceLinks\":[]}").put("/api/v1/practices/" + practice).then().statusCode(200);
        Learning.adopt(TestTokens.editor(de), practice, de, "IMPLEMENTING", "Shared with Interreg").statusCode(201);

        try (CloudEventRecords records = new CloudEventRecords(EventFeed.bootstrap(), TOPIC)) {
            List<CloudEventRecords.Event> events = new ArrayList<>();
            events.addAll(records.await(e -> id.equals(e.key()), 7, Duration.ofSeconds(60)));
            events.addAll(records.await(e -> community.equals(e.key()), 2, Duration.ofSeconds(60)));
            events.addAll(records.await(e -> round.equals(e.key()), 2, Duration.ofSeconds(60)));
            events.addAll(records.await(e -> wg.equals(e.key()), 3, Duration.ofSeconds(60)));
            events.addAll(records.await(e -> meeting.equals(e.key()), 4, Duration.ofSeconds(60)));
            events.addAll(records.await(e -> held.equals(e.key()), 3, Duration.ofSeconds(60)));
            events.addAll(records.await(e -> practice.equals(e.key()), 3, Duration.ofSeconds(60)));
            Set<String> seen = new TreeSet<>();
            for (CloudEventRecords.Event e : events) {
                CONTRACT.validate(e.headers(), e.key(), e.data());
                seen.add(e.type());
            }
            assertThat(seen).isEqualTo(new TreeSet<>(CONTRACT.typesOn(TOPIC)))
                    .isEqualTo(new TreeSet<>(CONTRACT.typesSentBy("challenge-service")));
        }
    }
}
