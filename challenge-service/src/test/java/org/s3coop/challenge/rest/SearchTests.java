package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.s3coop.challenge.support.Learning.as;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.challenge.support.Learning;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Search: ranked, accent-insensitive, highlighted, typed, paged. Each test searches for a made-up word of its own. */
@QuarkusTest
class SearchTests {

    /** A word no other test writes: letters only, so the stemmer keeps it whole. */
    private static String word() {
        StringBuilder sb = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            sb.append((char) ('a' + Character.digit(c, 16) % 26));
        }
        return sb.substring(0, 12);
    }

    private static String raise(String title, String description) {
        return as(TestTokens.admin()).body("{\"cluster\":\"CAPACITY\",\"title\":\"" + title + "\",\"description\":\""
                + description + "\",\"scope\":{\"type\":\"COMMUNITY\"},\"severity\":\"LOW\"}")
                .post("/api/v1/challenges").then().statusCode(201).extract().path("id");
    }

    @Test
    void findsEveryKindBestFirstWithHighlightedSnippets() {
        String w = word();
        String inDescription = raise("Staff shortage", "The " + w + " office lacks staff & \\\"funds\\\"");
        String inTitle = raise("The " + w + " office", "Nothing else");
        String host = EventFeed.knownRegion();
        String meeting = as(TestTokens.admin()).body("{\"title\":\"Workshop\",\"kind\":\"WORKSHOP\",\"date\":\"2023-09-20\","
                + "\"hostRegion\":\"" + host + "\",\"agenda\":\"How the " + w + " office works\"}")
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        String[] adopted = Learning.adoptedSolution("A " + w + " office for all", host);
        String practice = Learning.practice(adopted[1], "Every region runs a " + w + " office");

        JsonPath hits = given().queryParam("q", w).get("/api/v1/search").then().statusCode(200)
                .body("totalItems", equalTo(5)).extract().jsonPath();
        List<String> ids = hits.getList("items.id");
        assertThat(ids).containsExactlyInAnyOrder(inDescription, inTitle, meeting, adopted[1], practice);
        // a match in the title weighs more than one in the description
        assertThat(ids.indexOf(inTitle)).isLessThan(ids.indexOf(inDescription));
        String d = "items.find { it.id == '" + inDescription + "' }";
        assertThat(hits.getString(d + ".type")).isEqualTo("CHALLENGE");
        assertThat(hits.getString(d + ".snippet")).isEqualTo("The <mark>" + w + "</mark> office lacks staff &amp; &quot;funds&quot;");
        assertThat(hits.getString(d + ".link")).isEqualTo("/api/v1/challenges/" + inDescription);
        String t = "items.find { it.id == '" + inTitle + "' }";
        assertThat(hits.getString(t + ".title")).isEqualTo("The <mark>" + w + "</mark> office");
        String s = "items.find { it.id == '" + adopted[1] + "' }";
        assertThat(hits.getString(s + ".type")).isEqualTo("SOLUTION");
        assertThat(hits.getString(s + ".challengeId")).isEqualTo(adopted[0]);
        assertThat(hits.getString(s + ".link")).isEqualTo("/api/v1/challenges/" + adopted[0] + "/solutions/" + adopted[1]);
        assertThat(hits.getString("items.find { it.id == '" + meeting + "' }.type")).isEqualTo("MEETING");
        assertThat(hits.getString("items.find { it.id == '" + practice + "' }.link")).isEqualTo("/api/v1/practices/" + practice);

        given().queryParam("q", w).queryParam("types", "PRACTICE,MEETING").get("/api/v1/search").then().statusCode(200)
                .body("items.type", contains(org.hamcrest.Matchers.oneOf("PRACTICE", "MEETING"),
                        org.hamcrest.Matchers.oneOf("PRACTICE", "MEETING")));
        given().queryParam("q", w).queryParam("types", "PRACTICE").queryParam("types", "CHALLENGE").get("/api/v1/search")
                .then().body("totalItems", equalTo(3));
        given().queryParam("q", w + " -staff").get("/api/v1/search").then()
                .body("items.id", not(hasItem(inDescription))).body("totalItems", equalTo(4));
        given().queryParam("q", "\"runs a " + w + "\"").get("/api/v1/search").then()
                .body("items.id", contains(practice));
    }

    @Test
    void accentsDoNotMatterAndWordsAreStemmed() {
        String w = word();
        String id = raise("Cooperação na Região Norte " + w, "Práticas de cooperação");
        given().queryParam("q", "regiao " + w).get("/api/v1/search").then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].title", containsString("<mark>Região</mark>"));
        given().queryParam("q", "REGIÃO " + w).get("/api/v1/search").then().body("items.id", contains(id));
        given().queryParam("q", "cooperacao " + w).get("/api/v1/search").then().body("items.id", contains(id));
        String practices = raise(w + " practices", "");
        given().queryParam("q", w + " practice").get("/api/v1/search").then().body("items.id", contains(practices));
    }

    @Test
    void pagesThroughTheHitsAndRefusesABadQuery() {
        String w = word();
        for (int i = 0; i < 5; i++) {
            raise("Challenge " + i + " " + w, "");
        }
        given().queryParam("q", w).queryParam("size", 2).get("/api/v1/search").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("totalItems", equalTo(5)).body("totalPages", equalTo(3));
        given().queryParam("q", w).queryParam("size", 2).queryParam("page", 2).get("/api/v1/search").then()
                .body("items.size()", equalTo(1)).body("page", equalTo(2));
        given().queryParam("q", w).queryParam("size", 2).queryParam("page", 7).get("/api/v1/search").then()
                .statusCode(200).body("items.size()", equalTo(0)).body("totalItems", equalTo(5));
        given().queryParam("q", "the").get("/api/v1/search").then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("q", "'; drop table challenge; -- \" ( & |").get("/api/v1/search").then().statusCode(200);
        given().get("/api/v1/search").then().statusCode(400).body("violations[0].field", containsString("q"));
        given().queryParam("q", " ").get("/api/v1/search").then().statusCode(400);
        given().queryParam("q", w).queryParam("types", "REGION").get("/api/v1/search").then().statusCode(400);
        given().queryParam("q", "x".repeat(201)).get("/api/v1/search").then().statusCode(400);
    }
}
