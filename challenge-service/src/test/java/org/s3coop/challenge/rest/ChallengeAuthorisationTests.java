package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.s3coop.challenge.support.Api.raise;
import static org.s3coop.challenge.support.Api.raiseBody;
import static org.s3coop.challenge.support.Api.raised;
import static org.s3coop.challenge.support.Api.transition;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ChallengeAuthorisationTests {

    @Test
    void writesNeedAValidTokenWithEditorOrAdminRole() {
        String region = EventFeed.knownRegion();
        String body = raiseBody("CAPACITY", null, "REGION", region, "LOW");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/challenges")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        raise(TestTokens.expiredEditor(region), body).statusCode(401);
        raise(TestTokens.wrongIssuer(region), body).statusCode(401);
        raise(TestTokens.viewer(), body).statusCode(403).contentType("application/problem+json");
        // reads are open
        String id = raised("CAPACITY", null, "REGION", region, "LOW");
        given().when().get("/api/v1/challenges/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"action\":\"CLOSE\",\"reason\":\"x\"}")
                .when().post("/api/v1/challenges/" + id + "/transitions").then().statusCode(401);
    }

    @Test
    void anEditorChangesChallengesOnItsOwnRegionsOnly() {
        String mine = EventFeed.knownRegion();
        String theirs = EventFeed.knownRegion();
        raise(TestTokens.editor(mine), raiseBody("CAPACITY", null, "REGION", theirs, "LOW"))
                .statusCode(403).body("detail", containsString("region " + theirs));
        String id = raise(TestTokens.editor(mine), raiseBody("CAPACITY", null, "REGION", mine, "LOW"))
                .statusCode(201).extract().path("id");
        transition(TestTokens.editor(theirs), id, "ADDRESS", null).statusCode(403);
        given().when().get("/api/v1/challenges/" + id).then().body("status", equalTo("OPEN")).body("version", equalTo(1));
        transition(TestTokens.editor(mine), id, "ADDRESS", null).statusCode(200);
        transition(TestTokens.admin(), id, "CLOSE", null).statusCode(200);
    }

    @Test
    void onAPartnershipAnEditorOfAMemberRegionMayChangeItAsTheReadModelKnowsItNow() {
        String lead = EventFeed.knownRegion();
        String member = EventFeed.knownRegion();
        String outsider = EventFeed.knownRegion();
        String partnership = EventFeed.knownPartnership("SCOPING", lead, member);
        raise(TestTokens.editor(outsider), raiseBody("FUNDING", null, "PARTNERSHIP", partnership, "HIGH"))
                .statusCode(403).body("detail", containsString("member regions"));
        String id = raise(TestTokens.editor(member), raiseBody("FUNDING", null, "PARTNERSHIP", partnership, "HIGH"))
                .statusCode(201).extract().path("id");
        transition(TestTokens.editor(outsider), id, "ADDRESS", null).statusCode(403);

        // the outsider joins the partnership: from then on its editor may change the challenge
        EventFeed.partnershipEvent(UUID.randomUUID().toString(), "org.s3coop.partnership.member-joined.v1", partnership,
                "SCOPING", "ACTIVE", 2, lead, member, outsider);
        EventFeed.awaitPartnershipVersion(partnership, 2);
        transition(TestTokens.editor(outsider), id, "ADDRESS", null).statusCode(200);
    }

    @Test
    void anyEditorMayChangeACommunityChallenge() {
        String somewhere = EventFeed.newRegionCode();
        String id = raise(TestTokens.editor(somewhere), raiseBody("KNOWLEDGE_AND_MONITORING", "PARTNER_INTELLIGENCE",
                "COMMUNITY", null, "MEDIUM")).statusCode(201).body("scope.ref", org.hamcrest.Matchers.nullValue())
                .extract().path("id");
        transition(TestTokens.editor(EventFeed.newRegionCode()), id, "WITHDRAW", null).statusCode(200);
    }
}
