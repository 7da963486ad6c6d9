package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.s3coop.region.support.Fixtures.priorities;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.ServiceDatabase;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.nuts.NutsCsv;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Regions are registered and described only under codes of the NUTS 2024 classification. */
@QuarkusTest
class RegionNutsRulesTests {
    private static final String UPDATED = "org.s3coop.region.updated.v1";

    private static String officialName(String code) {
        return NutsCsv.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().name_latin();
    }

    private static io.restassured.response.ValidatableResponse put(String code, String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/regions/" + code).then();
    }

    @Test
    void codesOutsideTheClassificationAreRefusedWithTheReason() {
        // syntactically a NUTS code, but not one of NUTS 2024
        Fixtures.register("ES99", priorities("C21")).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://s3coop.org/problems/validation"))
                .body("violations.field", contains("code"))
                .body("violations[0].message", containsString("not a code of the NUTS 2024 classification"));
        // Greece under its ISO code: the message says Eurostat's, and the code meant
        Fixtures.register("GR30", priorities("C21")).then().statusCode(400)
                .body("violations[0].field", equalTo("code"))
                .body("violations[0].message", containsString("Greece is EL in NUTS (EL30)"));
        Fixtures.register("GR", "[]").then().statusCode(400)
                .body("violations[0].message", containsString("Greece is EL in NUTS (EL)"));
        // a level the country does not have, and the NUTS 2021 code of Zuid-Holland (NL36 since 2024)
        Fixtures.register("DE2Z", "[]").then().statusCode(400).body("violations[0].field", equalTo("code"));
        Fixtures.register("NL33", "[]").then().statusCode(400).body("violations[0].field", equalTo("code"));
        // a code and a priority wrong at once: both are named
        Fixtures.register("ZZ1", priorities("C99")).then().statusCode(400)
                .body("violations.field", contains("code", "priorities[0].code"));
        for (String code : new String[] { "ES99", "GR30", "GR", "DE2Z", "NL33", "ZZ1" }) {
            given().when().get("/api/v1/regions/" + code).then().statusCode(404);
            assertThat(ServiceDatabase.outboxEvents("org.s3coop.region.registered.v1", code)).isZero();
        }
    }

    @Test
    void onlyNuts2024IsAccepted() {
        String code = Fixtures.code();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"nutsVersion\":\"2021\"}").when().post("/api/v1/regions").then()
                .statusCode(400).body("violations[0].field", equalTo("nutsVersion"))
                .body("violations[0].message", containsString("[2024]"));
        given().when().get("/api/v1/regions/" + code).then().statusCode(404);
        Fixtures.registeredAs(code, "[]");
        put(code, "{\"nutsVersion\":\"2016\",\"priorities\":[]}").statusCode(400)
                .body("violations[0].field", equalTo("nutsVersion"));
        put(code, "{\"nutsVersion\":\"2024\",\"priorities\":[]}").statusCode(200).body("nutsVersion", equalTo("2024"));
    }

    @Test
    void withoutANameARegionTakesItsOfficialName() {
        String country = Fixtures.country(false);
        String code = Fixtures.code(country, 2);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"priorities\":" + priorities("C21") + "}")
                .when().post("/api/v1/regions").then().statusCode(201)
                .body("name", equalTo(officialName(code))).body("officialName", equalTo(officialName(code)))
                .body("country", equalTo(country)).body("parent", equalTo(code.substring(0, 3)))
                .body("euMemberState", equalTo(false)).body("nutsVersion", equalTo("2024"));
        // a name of its own, then none again: the official one
        put(code, "{\"name\":\"Our region\",\"priorities\":" + priorities("C21") + "}").statusCode(200)
                .body("name", equalTo("Our region")).body("officialName", equalTo(officialName(code)))
                .body("version", equalTo(2));
        put(code, "{\"priorities\":" + priorities("C21") + "}").statusCode(200)
                .body("name", equalTo(officialName(code))).body("version", equalTo(3));
        // a blank name is refused, not taken for none
        put(code, "{\"name\":\"  \",\"priorities\":[]}").statusCode(400).body("violations[0].field", equalTo("name"));
        // the country itself: level 0, no parent
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + country + "\"}").when().post("/api/v1/regions").then().statusCode(201)
                .body("level", equalTo(0)).body("parent", nullValue()).body("name", equalTo(officialName(country)));
    }

    @Test
    void aDescriptionThatChangesNothingKeepsTheVersionAndPublishesNothing() {
        String code = Fixtures.registered(priorities("C21", "HEALTH"));
        String same = "{\"name\":\"Region " + code + "\",\"priorities\":" + priorities("C21", "HEALTH") + "}";
        put(code, same).statusCode(200).header("ETag", equalTo("\"1\"")).body("version", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(same)
                .when().put("/api/v1/regions/" + code).then().statusCode(200).body("version", equalTo(1));
        // If-Match is still checked
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(same)
                .when().put("/api/v1/regions/" + code).then().statusCode(412);
        assertThat(ServiceDatabase.outboxEvents(UPDATED, code)).isZero();
        // a real change: one version, one event
        put(code, "{\"name\":\"Region " + code + "\",\"priorities\":" + priorities("C21") + "}").statusCode(200)
                .body("version", equalTo(2));
        assertThat(ServiceDatabase.outboxEvents(UPDATED, code)).isEqualTo(1);
        given().when().get("/api/v1/regions/" + code + "/audit").then().statusCode(200)
                .body("items.action", contains("REGISTER", "UPDATE"));
    }

    @Test
    void everyChangeOfARegionAndItsStakeholdersIsAudited() {
        String code = Fixtures.code();
        String editor = TestTokens.editor(code);
        given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"priorities\":" + priorities("C21") + "}")
                .when().post("/api/v1/regions").then().statusCode(201);
        put(code, "{\"name\":\"Renamed\",\"priorities\":" + priorities("C21", "HEALTH") + "}").statusCode(200);
        String stakeholder = given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body("{\"name\":\"Agency\",\"type\":\"PUBLIC_AUTHORITY\"}")
                .when().post("/api/v1/regions/" + code + "/stakeholders").then().statusCode(201).extract().path("id");
        given().auth().oauth2(editor).when().delete("/api/v1/regions/" + code + "/stakeholders/" + stakeholder).then()
                .statusCode(204);
        given().auth().oauth2(editor).when().delete("/api/v1/regions/" + code).then().statusCode(204);

        given().when().get("/api/v1/regions/" + code + "/audit").then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.entity", contains("region", "region", "stakeholder", "stakeholder", "region"))
                .body("items.action", contains("REGISTER", "UPDATE", "ADD", "REMOVE", "RETIRE"))
                .body("items.actor", contains("editor-" + code, "admin", "editor-" + code, "editor-" + code,
                        "editor-" + code))
                .body("items[1].changes.field", contains("name", "priorities"))
                .body("items[1].changes[0].before", equalTo(officialName(code)))
                .body("items[1].changes[0].after", equalTo("Renamed"))
                .body("items[2].entityId", equalTo(stakeholder))
                .body("items[2].changes.find { it.field == 'name' }.after", equalTo("Agency"))
                .body("items[3].changes.find { it.field == 'name' }.before", equalTo("Agency"))
                .body("items[4].changes.field", contains("active"));
        given().queryParam("actor", "admin").when().get("/api/v1/regions/" + code + "/audit").then()
                .body("items", hasSize(1)).body("items[0].action", equalTo("UPDATE"));
        given().queryParam("from", "2999-01-01T00:00:00Z").when().get("/api/v1/regions/" + code + "/audit").then()
                .body("items", hasSize(0));
        given().when().get("/api/v1/regions/ZZ996/audit").then().statusCode(404);
        given().queryParam("from", "yesterday").when().get("/api/v1/regions/" + code + "/audit").then().statusCode(400)
                .body("violations.field", hasItem("from"));
        // the events name the actor too
        assertThat(ServiceDatabase.single("select payload::jsonb ->> 'actor' from outbox_event where record_key = ? "
                + "and event_type = 'org.s3coop.region.updated.v1'", code)).isEqualTo("admin");
    }
}
