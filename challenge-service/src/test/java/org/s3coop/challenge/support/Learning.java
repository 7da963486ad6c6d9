package org.s3coop.challenge.support;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Short-hands for the learning loop: members, meetings, rounds, practices, over HTTP. */
public final class Learning {
    private Learning() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Admits a known region to the working group (admin). */
    public static void member(String region) {
        as(TestTokens.admin()).body("{\"representatives\":[{\"organisation\":\"Agency of " + region + "\"}]}")
                .put("/api/v1/working-group/members/" + region).then().statusCode(201);
    }

    /** A fresh known region, admitted to the working group. */
    public static String memberRegion() {
        String region = EventFeed.knownRegion();
        member(region);
        return region;
    }

    public static String meetingBody(String title, String kind, String date, String host) {
        return "{\"title\":\"" + title + "\",\"kind\":\"" + kind + "\",\"date\":\"" + date + "\",\"hostRegion\":\"" + host
                + "\",\"agenda\":\"Tour de table\"}";
    }

    /** Plans a meeting hosted by {@code host} (admin) and returns its id. */
    public static String meeting(String host, String date) {
        return as(TestTokens.admin()).body(meetingBody("Workshop in " + host, "WORKSHOP", date, host))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse openRound(String token, String body) {
        return as(token).body(body).post("/api/v1/ranking-rounds").then();
    }

    /** Opens a members-only round on the whole catalogue (admin), with no meeting and no deadline. */
    public static String round() {
        String code = "r-" + UUID.randomUUID().toString().substring(0, 8);
        openRound(TestTokens.admin(), "{\"code\":\"" + code + "\"}").statusCode(201);
        return code;
    }

    public static ValidatableResponse close(String token, String round) {
        return as(token).body("{\"action\":\"CLOSE\"}").post("/api/v1/ranking-rounds/" + round + "/transitions").then();
    }

    /** Raises a community challenge, proposes a solution adopted by {@code adopters} and returns [challenge, solution]. */
    public static String[] adoptedSolution(String title, String... adopters) {
        String challenge = Api.raised("CAPACITY", null, "COMMUNITY", null, "MEDIUM");
        String regions = Arrays.stream(adopters).map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        String solution = as(TestTokens.admin()).body("{\"title\":\"" + title + "\",\"adoptingRegions\":[" + regions + "]}")
                .post("/api/v1/challenges/" + challenge + "/solutions").then().statusCode(201).extract().path("id");
        as(TestTokens.admin()).body("{\"title\":\"" + title + "\",\"status\":\"ADOPTED\",\"adoptingRegions\":[" + regions + "]}")
                .put("/api/v1/challenges/" + challenge + "/solutions/" + solution).then().statusCode(200);
        return new String[] { challenge, solution };
    }

    public static String practiceBody(String solution, String summary) {
        return "{\"solutionId\":\"" + solution + "\",\"summary\":\"" + summary + "\",\"contactOrganisation\":\"Agency\","
                + "\"evidenceLinks\":[\"https://example.eu/evidence\"]}";
    }

    /** Publishes a practice of an adopted solution (admin) and returns its id. */
    public static String practice(String solution, String summary) {
        return as(TestTokens.admin()).body(practiceBody(solution, summary)).post("/api/v1/practices")
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse adopt(String token, String practice, String region, String status, String notes) {
        return as(token).body("{\"status\":\"" + status + "\"" + (notes == null ? "" : ",\"adaptationNotes\":\"" + notes + "\"")
                + "}").put("/api/v1/practices/" + practice + "/adoptions/" + region).then();
    }

    /** Retires a known region (event, version 2) and waits until the read model knows it. */
    public static void retire(String region) {
        EventFeed.regionEvent(UUID.randomUUID().toString(), "org.s3coop.region.retired.v1", region, 2, false, "Old");
        EventFeed.awaitRegionVersion(region, 2);
    }
}
