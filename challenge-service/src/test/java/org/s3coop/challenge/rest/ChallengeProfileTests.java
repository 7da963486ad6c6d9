package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.s3coop.challenge.support.Rankings.A;
import static org.s3coop.challenge.support.Rankings.C;
import static org.s3coop.challenge.support.Rankings.F;
import static org.s3coop.challenge.support.Rankings.G;
import static org.s3coop.challenge.support.Rankings.K;
import static org.s3coop.challenge.support.Rankings.S;
import static org.s3coop.challenge.support.Rankings.vote;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.Api;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.challenge.support.Learning;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ChallengeProfileTests {

    @Test
    void showsARegionsOpenChallengesPracticesAndRounds() {
        String region = Learning.memberRegion();
        String partner = EventFeed.knownRegion();
        String partnership = EventFeed.knownPartnership("PILOT", region, partner);
        Api.raised("FUNDING", null, "REGION", region, "HIGH");
        Api.raised("FUNDING", null, "PARTNERSHIP", partnership, "LOW");
        String addressed = Api.raised("CAPACITY", null, "REGION", region, "LOW");
        Api.transition(TestTokens.admin(), addressed, "ADDRESS", null).statusCode(200);
        Api.raised("GOVERNANCE", null, "REGION", partner, "LOW");

        String practice = Learning.practice(Learning.adoptedSolution("Matching fund", partner)[1], "Matching fund");
        Learning.adopt(TestTokens.editor(region), practice, region, "IMPLEMENTING", "Adapted to ERDF").statusCode(201);
        String round = Learning.round();
        vote(TestTokens.editor(region), round, region, C, A, F, G, S, K).statusCode(201);

        given().get("/api/v1/regions/" + region + "/challenge-profile").then().statusCode(200)
                .body("regionCode", equalTo(region)).body("active", equalTo(true))
                .body("membership.representatives[0].organisation", equalTo("Agency of " + region))
                .body("openChallenges", equalTo(2))
                .body("openChallengesByCluster.cluster", contains(C, A, F, G, S, K))
                .body("openChallengesByCluster.open", contains(0, 0, 2, 0, 0, 0))
                .body("practices.practiceId", contains(practice))
                .body("practices[0].status", equalTo("IMPLEMENTING"))
                .body("practices[0].adaptationNotes", equalTo("Adapted to ERDF"))
                .body("adoptionsByStatus.IMPLEMENTING", equalTo(1))
                .body("adoptionsByStatus.PLANNED", equalTo(0))
                .body("rounds.round", contains(round))
                .body("rounds[0].status", equalTo("OPEN"))
                .body("rounds[0].counted", nullValue());
        given().get("/api/v1/regions/" + partner + "/challenge-profile").then().statusCode(200)
                .body("membership", nullValue())
                .body("openChallenges", equalTo(2))
                .body("practices.size()", equalTo(0));
        given().get("/api/v1/regions/" + EventFeed.newRegionCode() + "/challenge-profile").then().statusCode(404);
        given().get("/api/v1/regions/bad!/challenge-profile").then().statusCode(400);
    }
}
