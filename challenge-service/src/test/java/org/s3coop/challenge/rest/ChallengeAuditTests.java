package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.Api;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.challenge.support.Learning;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** The audit trail of a challenge and its solutions: every change, who and when, the fields before and after. */
@QuarkusTest
class ChallengeAuditTests {

    @Test
    void everyChangeOfAChallengeAndItsSolutionsIsAuditedWithItsActor() {
        String region = EventFeed.knownRegion();
        String editor = TestTokens.editor(region);
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        String id = Api.raise(editor, Api.raiseBody("CAPACITY", null, "REGION", region, "LOW")).statusCode(201)
                .extract().path("id");
        Learning.as(TestTokens.admin()).body("{\"cluster\":\"FUNDING\",\"title\":\"A challenge\",\"description\":\"What holds us back\","
                + "\"severity\":\"HIGH\"}").put("/api/v1/challenges/" + id).then().statusCode(200);
        String solution = Learning.as(editor).body("{\"title\":\"Secretariat\"}").post("/api/v1/challenges/" + id + "/solutions")
                .then().statusCode(201).extract().path("id");
        Api.transition(editor, id, "ADDRESS", null).statusCode(200);

        given().get("/api/v1/challenges/" + id + "/audit").then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.action", contains("RAISE", "UPDATE", "PROPOSE", "ADDRESS"))
                .body("items.entity", contains("challenge", "challenge", "solution", "challenge"))
                .body("items[2].entityId", equalTo(solution))
                .body("items[0].entityId", nullValue())
                .body("items.actor", contains("editor-" + region, "admin", "editor-" + region, "editor-" + region))
                .body("items[0].changes.field", hasItem("title"))
                .body("items[0].changes.find { it.field == 'severity' }.before", nullValue())
                .body("items[0].changes.find { it.field == 'severity' }.after", equalTo("LOW"))
                .body("items[1].changes.field", contains("cluster", "severity"))
                .body("items[1].changes.find { it.field == 'cluster' }.before", equalTo("CAPACITY"))
                .body("items[1].changes.find { it.field == 'cluster' }.after", equalTo("FUNDING"))
                .body("items[3].changes.field", contains("status"));
        given().queryParam("actor", "admin").get("/api/v1/challenges/" + id + "/audit").then()
                .body("items.action", contains("UPDATE"));
        given().queryParam("from", before.toString()).queryParam("size", 2).get("/api/v1/challenges/" + id + "/audit")
                .then().body("items.size()", equalTo(2)).body("totalPages", equalTo(2));
        given().queryParam("to", before.toString()).get("/api/v1/challenges/" + id + "/audit").then()
                .body("totalItems", equalTo(0));
        given().get("/api/v1/challenges/" + java.util.UUID.randomUUID() + "/audit").then().statusCode(404);
        given().queryParam("from", "yesterday").get("/api/v1/challenges/" + id + "/audit").then().statusCode(400);
    }
}
