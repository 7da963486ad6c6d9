package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.s3coop.challenge.support.Learning.as;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.challenge.support.Learning;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeetingTests {
    private static final String MEETINGS = "/api/v1/meetings";

    @Test
    void aMeetingIsPlannedHeldAndItsMinutesPublishedByItsHostThenNoLongerChanges() {
        String host = EventFeed.knownRegion();
        String guest = EventFeed.knownRegion();
        String body = """
                {"title":"Kick-off","kind":"KICK_OFF","date":"2023-06-08","hostRegion":"%s","agenda":"Ranking",
                 "attendance":{"regions":["%s","%s","%s"],"organisations":["Universitat de Barcelona"," Universitat de Barcelona "]}}"""
                .formatted(host, guest, host, guest);
        as(TestTokens.editor(guest)).body(body).post(MEETINGS).then().statusCode(403);
        String id = as(TestTokens.editor(host)).body(body).post(MEETINGS).then().statusCode(201)
                .header("ETag", equalTo("\"1\"")).header("Location", containsString(MEETINGS + "/"))
                .body("status", equalTo("PLANNED"))
                .body("attendance.regions", contains(host.compareTo(guest) < 0 ? host : guest, host.compareTo(guest) < 0 ? guest : host))
                .body("attendance.organisations", contains("Universitat de Barcelona"))
                .body("allowedActions", contains("MARK_HELD"))
                .extract().path("id");

        transition(TestTokens.editor(host), id, "PUBLISH_MINUTES").statusCode(409).body("type", endsWith("/invalid-transition"));
        transition(TestTokens.editor(guest), id, "MARK_HELD").statusCode(403);
        transition(TestTokens.editor(host), id, "MARK_HELD").statusCode(200).body("status", equalTo("HELD"))
                .header("ETag", equalTo("\"2\""));
        transition(TestTokens.editor(host), id, "PUBLISH_MINUTES").statusCode(409)
                .body("detail", containsString("no minutes"));

        String minutes = body.replace("\"agenda\":\"Ranking\"", "\"agenda\":\"Ranking\",\"minutes\":\"Capacity ranked first\","
                + "\"decisions\":[\"Work on capacity first\"]");
        as(TestTokens.editor(host)).header("If-Match", "\"1\"").body(minutes).put(MEETINGS + "/" + id).then().statusCode(412);
        as(TestTokens.editor(host)).header("If-Match", "\"2\"").body(minutes).put(MEETINGS + "/" + id).then().statusCode(200)
                .body("minutes", equalTo("Capacity ranked first")).body("decisions", contains("Work on capacity first"));
        transition(TestTokens.editor(host), id, "PUBLISH_MINUTES").statusCode(200)
                .body("status", equalTo("MINUTES_PUBLISHED")).body("allowedActions", org.hamcrest.Matchers.empty());
        as(TestTokens.editor(host)).body(minutes).put(MEETINGS + "/" + id).then().statusCode(409)
                .body("type", endsWith("/meeting-read-only"));

        given().get(MEETINGS + "/" + id + "/audit").then().statusCode(200)
                .body("items.action", contains("PLAN", "MARK_HELD", "UPDATE", "PUBLISH_MINUTES"))
                .body("items[0].actor", equalTo("editor-" + host))
                .body("items[1].changes.field", contains("status"));
    }

    @Test
    void aMeetingIsHeldFromItsDateOnAndTheNextOneIsFoundByDate() {
        String host = EventFeed.knownRegion();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String later = Learning.meeting(host, today.plusDays(30).toString());
        String soon = Learning.meeting(host, today.plusDays(3).toString());
        String past = Learning.meeting(host, today.minusDays(90).toString());
        transition(TestTokens.admin(), soon, "MARK_HELD").statusCode(409).body("detail", containsString("from that day on"));
        transition(TestTokens.admin(), past, "MARK_HELD").statusCode(200);

        given().queryParam("host", host).queryParam("status", "PLANNED").queryParam("from", today.toString())
                .queryParam("sort", "date").queryParam("size", 1).get(MEETINGS).then().statusCode(200)
                .body("items.id", contains(soon)).body("totalItems", equalTo(2));
        given().queryParam("host", host).get(MEETINGS).then().statusCode(200)
                .body("items.id", contains(later, soon, past));
        given().queryParam("host", host).queryParam("to", today.toString()).get(MEETINGS).then()
                .body("items.id", contains(past));
    }

    @Test
    void challengesSolutionsAndRoundsReferToTheMeetingWhereTheyArose() {
        String host = EventFeed.knownRegion();
        String meeting = Learning.meeting(host, "2023-09-20");
        String challenge = Learning.as(TestTokens.admin()).body("""
                {"cluster":"CAPACITY","subDimension":"INSUFFICIENT_TIME","title":"No time","scope":{"type":"COMMUNITY"},
                 "severity":"HIGH","meetingId":"%s"}""".formatted(meeting))
                .post("/api/v1/challenges").then().statusCode(201).body("meetingId", equalTo(meeting)).extract().path("id");
        String solution = as(TestTokens.admin()).body("{\"title\":\"Secretariat\",\"meetingId\":\"" + meeting + "\"}")
                .post("/api/v1/challenges/" + challenge + "/solutions").then().statusCode(201)
                .body("meetingId", equalTo(meeting)).extract().path("id");
        Learning.openRound(TestTokens.editor(host), "{\"code\":\"at-" + meeting.substring(0, 8) + "\",\"meetingId\":\"" + meeting + "\"}")
                .statusCode(201).body("meetingId", equalTo(meeting));
        // describing a challenge anew without meetingId keeps the meeting
        as(TestTokens.admin()).body("{\"cluster\":\"CAPACITY\",\"title\":\"No time at all\",\"severity\":\"HIGH\"}")
                .put("/api/v1/challenges/" + challenge).then().statusCode(200).body("meetingId", equalTo(meeting));

        given().get(MEETINGS + "/" + meeting).then().statusCode(200)
                .body("challenges", contains(challenge))
                .body("solutions[0].id", equalTo(solution)).body("solutions[0].challengeId", equalTo(challenge))
                .body("rounds", contains("at-" + meeting.substring(0, 8)));

        String unknown = java.util.UUID.randomUUID().toString();
        as(TestTokens.admin()).body("{\"cluster\":\"CAPACITY\",\"title\":\"x\",\"scope\":{\"type\":\"COMMUNITY\"},"
                + "\"severity\":\"LOW\",\"meetingId\":\"" + unknown + "\"}").post("/api/v1/challenges").then()
                .statusCode(422).body("type", endsWith("/unknown-meeting"));
        given().get(MEETINGS + "/" + unknown).then().statusCode(404);
        given().get(MEETINGS + "/" + unknown + "/audit").then().statusCode(404);
    }

    @Test
    void theHostAndAttendingRegionsMustBeKnownAndTheInputWellFormed() {
        String host = EventFeed.knownRegion();
        String stranger = EventFeed.newRegionCode();
        as(TestTokens.admin()).body(Learning.meetingBody("M", "WORKSHOP", "2024-01-10", stranger)).post(MEETINGS).then()
                .statusCode(422).body("type", endsWith("/unknown-region")).body("detail", containsString(stranger));
        as(TestTokens.admin()).body("""
                {"title":"M","kind":"WORKSHOP","date":"2024-01-10","hostRegion":"%s","attendance":{"regions":["%s","bad"]}}"""
                .formatted(host, host)).post(MEETINGS).then()
                .statusCode(400).body("violations[0].field", equalTo("attendance.regions[1]"));
        as(TestTokens.admin()).body(Learning.meetingBody("M", "PARTY", "2024-01-10", host)).post(MEETINGS).then().statusCode(400);
        as(TestTokens.admin()).body(Learning.meetingBody("M", "WORKSHOP", "10/01/2024", host)).post(MEETINGS).then()
                .statusCode(400).body("violations[0].field", equalTo("date"));
        given().queryParam("host", host).get(MEETINGS).then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("status", "DONE").get(MEETINGS).then().statusCode(400);
        given().queryParam("sort", "title").get(MEETINGS).then().statusCode(400);
    }

    private static io.restassured.response.ValidatableResponse transition(String token, String id, String action) {
        return as(token).body("{\"action\":\"" + action + "\"}").post(MEETINGS + "/" + id + "/transitions").then();
    }
}
