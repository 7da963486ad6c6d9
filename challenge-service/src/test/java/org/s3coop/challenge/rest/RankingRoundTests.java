package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.s3coop.challenge.support.Rankings.A;
import static org.s3coop.challenge.support.Rankings.C;
import static org.s3coop.challenge.support.Rankings.F;
import static org.s3coop.challenge.support.Rankings.G;
import static org.s3coop.challenge.support.Rankings.K;
import static org.s3coop.challenge.support.Rankings.S;
import static org.s3coop.challenge.support.Rankings.vote;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RankingRoundTests {
    static String newRound() {
        return "round-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Four ballots, six clusters, 5-4-3-2-1-0 points:
     * <pre>
     * R1: C A F G S K   C5 A4 F3 G2 S1 K0
     * R2: C F A G K S   C5 F4 A3 G2 K1 S0
     * R3: A F C S G K   A5 F4 C3 S2 G1 K0
     * R4: F A C K G S   F5 A4 C3 K2 G1 S0
     * points:   C 16, A 16, F 16, G 6, S 3, K 3
     * places:   C [2,0,2,0,0,0]  A [1,2,1,0,0,0]  F [1,2,1,0,0,0]
     *           S [0,0,0,1,1,2]  K [0,0,0,1,1,2]
     * </pre>
     * C, A, F tie on 16: C has two first places, A and F one each → C first; A and F are equal at every place → catalogue
     * order, A (2) before F (3). S and K tie on 3 and are equal at every place → S (5) before K (6). Mean ranks: C
     * (1+1+3+3)/4 = 2, A (2+3+1+2)/4 = 2, F (3+2+2+1)/4 = 2, G (4+4+5+5)/4 = 4.5, S (5+6+4+6)/4 = 5.25, K 5.25.
     *
     * <p>Then R4 re-casts K A C F G S: F loses 3 points (13, places [0,2,1,1,0,0]), K gains 3 (6, [1,0,0,0,1,2]), tying G
     * at 6: K has a first place, G none → K before G.
     */
    @Test
    void countsBordaPointsBreaksTiesAndReplacesARecastVote() {
        String round = newRound();
        String r1 = EventFeed.knownRegion();
        String r2 = EventFeed.knownRegion();
        String r3 = EventFeed.knownRegion();
        String r4 = EventFeed.knownRegion();
        vote(TestTokens.editor(r1), round, r1, C, A, F, G, S, K).statusCode(201).header("ETag", equalTo("\"1\""))
                .header("Location", endsWith("/api/v1/ranking-rounds/" + round + "/votes/" + r1));
        vote(TestTokens.editor(r2), round, r2, C, F, A, G, K, S).statusCode(201);
        vote(TestTokens.editor(r3, r4), round, r3, A, F, C, S, G, K).statusCode(201);
        vote(TestTokens.admin(), round, r4, F, A, C, K, G, S).statusCode(201).body("version", equalTo(1));

        given().when().get("/api/v1/ranking-rounds/" + round)
                .then().statusCode(200)
                .body("round", equalTo(round))
                .body("votesCast", equalTo(4))
                .body("regions", containsInAnyOrder(r1, r2, r3, r4))
                .body("clusters.cluster", contains(C, A, F, G, S, K))
                .body("clusters.position", contains(1, 2, 3, 4, 5, 6))
                .body("clusters.points", contains(16, 16, 16, 6, 3, 3))
                .body("clusters.votes", contains(4, 4, 4, 4, 4, 4))
                .body("clusters.meanRank", contains(2.0f, 2.0f, 2.0f, 4.5f, 5.25f, 5.25f))
                .body("clusters.firstPlaces", contains(2, 1, 1, 0, 0, 0))
                .body("clusters[0].placeCounts", contains(2, 0, 2, 0, 0, 0))
                .body("clusters.tiedOnPoints", contains(true, true, true, false, true, true))
                .body("rule", containsString("count-back"));

        vote(TestTokens.editor(r4), round, r4, K, A, C, F, G, S).statusCode(200).header("ETag", equalTo("\"2\""))
                .body("version", equalTo(2));
        given().when().get("/api/v1/ranking-rounds/" + round)
                .then().statusCode(200)
                .body("votesCast", equalTo(4))
                .body("clusters.cluster", contains(C, A, F, K, G, S))
                .body("clusters.points", contains(16, 16, 13, 6, 6, 3))
                .body("clusters.meanRank", contains(2.0f, 2.0f, 2.75f, 4.5f, 4.5f, 5.25f))
                .body("clusters.tiedOnPoints", contains(true, true, false, true, true, false));
        given().when().get("/api/v1/ranking-rounds/" + round + "/votes/" + r4)
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("clusters", contains(K, A, C, F, G, S));
        given().when().get("/api/v1/ranking-rounds")
                .then().statusCode(200).body("round", hasItem(round));
    }

    @Test
    void refusesAListThatMissesRepeatsOrInventsAClusterNamingTheProblem() {
        String round = newRound();
        String region = EventFeed.knownRegion();
        vote(TestTokens.admin(), round, region, C, A, F, G, S)
                .statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("clusters"))
                .body("violations[0].message", containsString(K + " is missing"));
        vote(TestTokens.admin(), round, region, C, A, F, G, S, K, F)
                .statusCode(400)
                .body("violations[0].field", equalTo("clusters[6]"))
                .body("violations[0].message", containsString("FUNDING is listed twice (also at clusters[2])"));
        vote(TestTokens.admin(), round, region, C, A, F, G, S, F)
                .statusCode(400)
                .body("violations.field", contains("clusters[5]", "clusters"))
                .body("violations[1].message", containsString(K + " is missing"));
        vote(TestTokens.admin(), round, region, C, A, F, G, S, "WEATHER")
                .statusCode(400).body("violations[0].field", equalTo("clusters[5]"))
                .body("violations[0].message", containsString("WEATHER is not a challenge cluster"));
        vote(TestTokens.admin(), round, region, C, A, F, G, S, null)
                .statusCode(400).body("violations[0].field", equalTo("clusters[5]"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}")
                .when().put("/api/v1/ranking-rounds/" + round + "/votes/" + region)
                .then().statusCode(400).body("violations[0].field", equalTo("clusters"));
        // nothing was stored
        given().when().get("/api/v1/ranking-rounds/" + round).then().statusCode(404);
    }

    @Test
    void onlyAnEditorOfTheRegionOrAnAdminMayVote() {
        String round = newRound();
        String region = EventFeed.knownRegion();
        String other = EventFeed.knownRegion();
        given().contentType(ContentType.JSON).body("{\"clusters\":[]}")
                .when().put("/api/v1/ranking-rounds/" + round + "/votes/" + region)
                .then().statusCode(401).contentType("application/problem+json");
        vote(TestTokens.viewer(), round, region, C, A, F, G, S, K).statusCode(403);
        vote(TestTokens.editor(other), round, region, C, A, F, G, S, K).statusCode(403)
                .body("detail", containsString(region));
        vote(TestTokens.signedByStranger(region), round, region, C, A, F, G, S, K).statusCode(401);
        vote(TestTokens.editor(region), round, region, C, A, F, G, S, K).statusCode(201);
    }

    @Test
    void theRegionMustBeKnownAndActive() {
        String round = newRound();
        String unknown = EventFeed.newRegionCode();
        vote(TestTokens.admin(), round, unknown, C, A, F, G, S, K).statusCode(422).body("type", endsWith("/unknown-region"));
        String retired = EventFeed.knownRegion();
        EventFeed.regionEvent(UUID.randomUUID().toString(), "org.s3coop.region.retired.v1", retired, 2, false, "Old");
        EventFeed.awaitRegionVersion(retired, 2);
        vote(TestTokens.admin(), round, retired, C, A, F, G, S, K).statusCode(422).body("type", endsWith("/retired-region"));
        given().when().get("/api/v1/ranking-rounds/" + round).then().statusCode(404);
        given().when().get("/api/v1/ranking-rounds/bad round!").then().statusCode(400);
    }
}
