package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.s3coop.challenge.support.Learning.as;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.challenge.support.Learning;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WorkingGroupTests {
    private static final String MEMBERS = "/api/v1/working-group/members/";

    @Test
    void anAdminAdmitsARegionWhoseEditorThenRegistersItsRepresentatives() {
        String region = EventFeed.knownRegion();
        String body = "{\"representatives\":[{\"organisation\":\" Regional Agency \",\"name\":\"Ana\",\"role\":\"S3 lead\"}],"
                + "\"joinedOn\":\"2023-06-08\"}";
        as(TestTokens.editor(region)).body(body).put(MEMBERS + region).then().statusCode(403)
                .body("detail", containsString("Only an admin may admit a region"));
        as(TestTokens.admin()).body(body).put(MEMBERS + region).then().statusCode(201)
                .header("ETag", equalTo("\"1\"")).header("Location", endsWith(MEMBERS + region))
                .body("regionCode", equalTo(region))
                .body("representatives[0].organisation", equalTo("Regional Agency"))
                .body("joinedOn", equalTo("2023-06-08"));

        String other = EventFeed.knownRegion();
        String update = "{\"representatives\":[{\"organisation\":\"Regional Agency\"},{\"organisation\":\"University\"}]}";
        as(TestTokens.editor(other)).body(update).put(MEMBERS + region).then().statusCode(403);
        as(TestTokens.editor(region)).header("If-Match", "\"7\"").body(update).put(MEMBERS + region).then().statusCode(412);
        as(TestTokens.editor(region)).header("If-Match", "\"1\"").body(update).put(MEMBERS + region).then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("representatives.organisation", contains("Regional Agency", "University"))
                .body("representatives[1].name", nullValue())
                .body("joinedOn", equalTo("2023-06-08"));

        given().get(MEMBERS + region).then().statusCode(200).header("ETag", equalTo("\"2\""));
        given().queryParam("size", 100).get("/api/v1/working-group/members").then().statusCode(200)
                .body("items.regionCode", hasItem(region));
    }

    @Test
    void aRegionLeavesAndJoinsAgainItsVersionGoingOnAndItsStoryAudited() {
        String region = Learning.memberRegion();
        as(TestTokens.editor(EventFeed.knownRegion())).delete(MEMBERS + region).then().statusCode(403);
        as(TestTokens.editor(region)).delete(MEMBERS + region).then().statusCode(200).body("version", equalTo(2));
        given().get(MEMBERS + region).then().statusCode(404);
        as(TestTokens.editor(region)).delete(MEMBERS + region).then().statusCode(404);
        given().queryParam("size", 100).get("/api/v1/working-group/members").then()
                .body("items.regionCode", not(hasItem(region)));

        as(TestTokens.admin()).body("{\"representatives\":[]}").put(MEMBERS + region).then().statusCode(201)
                .body("version", equalTo(3)).body("representatives", org.hamcrest.Matchers.empty());

        given().get(MEMBERS + region + "/audit").then().statusCode(200)
                .body("items.action", contains("JOIN", "LEAVE", "JOIN"))
                .body("items[1].changes.find { it.field == 'member' }.before", equalTo(true))
                .body("items[1].changes.find { it.field == 'member' }.after", equalTo(false))
                .body("items[1].actor", equalTo("editor-" + region));
        given().get(MEMBERS + "ZZ999/audit").then().statusCode(404);
    }

    @Test
    void onlyKnownActiveRegionsJoin() {
        as(TestTokens.admin()).body("{\"representatives\":[]}").put(MEMBERS + EventFeed.newRegionCode()).then()
                .statusCode(422).body("type", endsWith("/unknown-region"));
        String retired = EventFeed.knownRegion();
        Learning.retire(retired);
        as(TestTokens.admin()).body("{\"representatives\":[]}").put(MEMBERS + retired).then()
                .statusCode(422).body("type", endsWith("/retired-region"));
        as(TestTokens.admin()).body("{\"representatives\":[{\"organisation\":\"\"}]}").put(MEMBERS + retired).then()
                .statusCode(400).body("violations[0].field", containsString("organisation"));
        as(TestTokens.admin()).body("{\"representatives\":[],\"joinedOn\":\"2023-02-30\"}").put(MEMBERS + retired).then()
                .statusCode(400).body("violations[0].field", equalTo("joinedOn"));
        given().get(MEMBERS + retired).then().statusCode(404);
    }
}
