package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.s3coop.challenge.support.Learning.adopt;
import static org.s3coop.challenge.support.Learning.as;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.Api;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.challenge.support.Learning;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PracticeTests {
    private static final String PRACTICES = "/api/v1/practices";

    @Test
    void anAdoptedSolutionIsPublishedByAnEditorOfAnAdoptingRegionOnce() {
        String adopter = EventFeed.knownRegion();
        String other = EventFeed.knownRegion();
        String[] adopted = Learning.adoptedSolution("Joint secretariat", adopter);
        String body = Learning.practiceBody(adopted[1], "One person per region, half-time");
        as(TestTokens.editor(other)).body(body).post(PRACTICES).then().statusCode(403);
        String id = as(TestTokens.editor(adopter)).body(body).post(PRACTICES).then().statusCode(201)
                .header("ETag", equalTo("\"1\"")).header("Location", containsString(PRACTICES + "/"))
                .body("title", equalTo("Joint secretariat"))
                .body("solutionId", equalTo(adopted[1])).body("challengeId", equalTo(adopted[0]))
                .body("evidenceLinks", contains("https://example.eu/evidence"))
                .body("adoptionsByStatus.PLANNED", equalTo(0))
                .extract().path("id");
        as(TestTokens.admin()).body(body).post(PRACTICES).then().statusCode(409).body("type", endsWith("/practice-exists"));

        String story = "{\"title\":\"Shared secretariat\",\"summary\":\"Half-time officers\",\"context\":\"Four regions\","
                + "\"conditionsForTransfer\":\"A host\",\"contactOrganisation\":\"Agency\",\"evidenceLinks\":[]}";
        as(TestTokens.editor(other)).body(story).put(PRACTICES + "/" + id).then().statusCode(403);
        as(TestTokens.editor(adopter)).header("If-Match", "\"9\"").body(story).put(PRACTICES + "/" + id).then().statusCode(412);
        as(TestTokens.editor(adopter)).body(story.replace("{", "{\"solutionId\":\"" + UUID.randomUUID() + "\","))
                .put(PRACTICES + "/" + id).then().statusCode(400).body("violations[0].field", equalTo("solutionId"));
        as(TestTokens.editor(adopter)).header("If-Match", "\"1\"").body(story).put(PRACTICES + "/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"2\"")).body("title", equalTo("Shared secretariat"))
                .body("evidenceLinks", org.hamcrest.Matchers.empty());
        given().get(PRACTICES + "/" + id + "/audit").then().statusCode(200)
                .body("items.action", contains("PUBLISH", "UPDATE"))
                .body("items[1].changes.field", hasItem("title"));
    }

    @Test
    void onlyAnAdoptedKnownSolutionIsPublished() {
        String challenge = Api.raised("FUNDING", null, "COMMUNITY", null, "LOW");
        String proposed = as(TestTokens.admin()).body("{\"title\":\"Blended funds\"}")
                .post("/api/v1/challenges/" + challenge + "/solutions").then().statusCode(201).extract().path("id");
        as(TestTokens.admin()).body(Learning.practiceBody(proposed, "x")).post(PRACTICES).then().statusCode(409)
                .body("type", endsWith("/solution-not-adopted"));
        as(TestTokens.admin()).body(Learning.practiceBody(UUID.randomUUID().toString(), "x")).post(PRACTICES).then()
                .statusCode(422).body("type", endsWith("/unknown-solution"));
        as(TestTokens.admin()).body("{\"summary\":\"x\",\"contactOrganisation\":\"A\",\"evidenceLinks\":[]}")
                .post(PRACTICES).then().statusCode(400).body("violations[0].field", equalTo("solutionId"));
        as(TestTokens.admin()).body(Learning.practiceBody(proposed, "x").replace("https://example.eu/evidence", "ftp://x"))
                .post(PRACTICES).then().statusCode(400);
        given().get(PRACTICES + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void eachRegionFollowsItsOwnAdoptionWithItsEditorAndItsHistoryIsKept() {
        String origin = EventFeed.knownRegion();
        String adopter = EventFeed.knownRegion();
        String other = EventFeed.knownRegion();
        String practice = Learning.practice(Learning.adoptedSolution("Regional matching fund", origin)[1], "Matching fund");

        adopt(TestTokens.editor(other), practice, adopter, "PLANNED", "x").statusCode(403);
        adopt(TestTokens.editor(adopter), practice, adopter, "PLANNED", "Adapt to the ERDF programme")
                .statusCode(201).header("ETag", equalTo("\"1\"")).body("status", equalTo("PLANNED"));
        adopt(TestTokens.editor(adopter), practice, adopter, "IMPLEMENTED", null).statusCode(409)
                .body("type", endsWith("/invalid-transition")).body("detail", containsString("IMPLEMENTING"));
        as(TestTokens.editor(adopter)).header("If-Match", "\"3\"").body("{\"status\":\"IMPLEMENTING\"}")
                .put(PRACTICES + "/" + practice + "/adoptions/" + adopter).then().statusCode(412);
        adopt(TestTokens.editor(adopter), practice, adopter, "IMPLEMENTING", null).statusCode(200)
                .body("version", equalTo(2)).body("adaptationNotes", equalTo("Adapt to the ERDF programme"));
        adopt(TestTokens.editor(adopter), practice, adopter, "IMPLEMENTED", "Running since 2024").statusCode(200);
        adopt(TestTokens.editor(adopter), practice, adopter, "PLANNED", null).statusCode(409);
        adopt(TestTokens.editor(origin), practice, origin, "IMPLEMENTED", "Where it comes from").statusCode(201);
        adopt(TestTokens.admin(), practice, other, "ABANDONED", "Never started").statusCode(201);

        given().get(PRACTICES + "/" + practice + "/adoptions/" + adopter).then().statusCode(200)
                .header("ETag", equalTo("\"3\""))
                .body("history.to", contains("PLANNED", "IMPLEMENTING", "IMPLEMENTED"))
                .body("history[0].from", nullValue())
                .body("history.actor", contains("editor-" + adopter, "editor-" + adopter, "editor-" + adopter))
                .body("history[2].adaptationNotes", equalTo("Running since 2024"));
        given().get(PRACTICES + "/" + practice).then().statusCode(200)
                .header("ETag", equalTo("\"6\""))
                .body("adoptions.size()", equalTo(3))
                .body("adoptionsByStatus.IMPLEMENTED", equalTo(2)).body("adoptionsByStatus.ABANDONED", equalTo(1));
        given().queryParam("region", adopter).queryParam("status", "IMPLEMENTED").get(PRACTICES).then().statusCode(200)
                .body("items.id", contains(practice));
        given().queryParam("region", adopter).queryParam("status", "PLANNED").get(PRACTICES).then()
                .body("items.id", not(hasItem(practice)));
        given().get(PRACTICES + "/" + practice + "/audit").then()
                .body("items.findAll { it.entity == 'adoption' && it.entityId == '" + adopter + "' }.action",
                        contains("START", "UPDATE", "UPDATE"));
        given().get(PRACTICES + "/" + practice + "/adoptions/" + EventFeed.newRegionCode()).then().statusCode(404);

        String retired = EventFeed.knownRegion();
        Learning.retire(retired);
        adopt(TestTokens.admin(), practice, retired, "PLANNED", null).statusCode(422).body("type", endsWith("/retired-region"));
        adopt(TestTokens.admin(), practice, EventFeed.newRegionCode(), "PLANNED", null).statusCode(422);
        adopt(TestTokens.admin(), UUID.randomUUID().toString(), adopter, "PLANNED", null).statusCode(404);
        given().queryParam("status", "DONE").get(PRACTICES).then().statusCode(400);
    }
}
