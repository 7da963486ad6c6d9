package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.s3coop.region.support.Fixtures.priorities;
import static org.s3coop.region.support.Fixtures.registered;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RegionResourceTests {

    @Test
    void registersAndReadsARegion() {
        String code = "ES51";
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Cataluña","nutsVersion":"2024",
                         "priorities":[{"family":"ECONOMIC_DOMAIN","code":"C21","label":"Pharmaceuticals"},
                                       {"family":"POLICY_OBJECTIVE","code":"HEALTH"}]}""".formatted(code))
                .when().post("/api/v1/regions")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("Location", containsString("/api/v1/regions/" + code))
                .header("ETag", equalTo("\"1\""))
                .body("code", equalTo(code))
                .body("country", equalTo("ES"))
                .body("level", equalTo(2))
                .body("active", equalTo(true))
                .body("version", equalTo(1));
        given().when().get("/api/v1/regions/" + code)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Cataluña"))
                .body("nutsVersion", equalTo("2024"))
                .body("priorities[0].label", equalTo("Pharmaceuticals"))
                .body("priorities[1].label", equalTo("Health and life sciences"));
    }

    @Test
    void derivesCountryLevelAndParentFromTheCode() {
        for (String code : new String[] { "EL", "EL3", "EL30", "EL301" }) {
            Fixtures.register(code, "[]").then().statusCode(201)
                    .body("country", equalTo("EL"))
                    .body("level", equalTo(code.length() - 2))
                    .body("parent", code.length() == 2 ? nullValue() : equalTo(code.substring(0, code.length() - 1)))
                    .body("euMemberState", equalTo(true))
                    .body("nutsVersion", equalTo("2024"));
        }
        given().when().get("/api/v1/regions/EL30").then().body("officialName", equalTo("Attiki"));
    }

    @Test
    void refusesCodesThatAreNotNutsCodes() {
        for (String bad : new String[] { "es51", "E", "ES5123", "1S51", "ES-5", "" }) {
            Fixtures.register(bad, "[]").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("code"));
        }
        given().when().get("/api/v1/regions/es51").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("code"));
    }

    @Test
    void refusesUnknownAndRepeatedPriorityCodesFieldByField() {
        String code = Fixtures.code();
        Fixtures.register(code, "[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C21\"},"
                + "{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C99\"},"
                + "{\"family\":\"SCIENTIFIC_DOMAIN\",\"code\":\"NABS15\"},"
                + "{\"family\":\"POLICY_OBJECTIVE\",\"code\":\"C21\"},"
                + "{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C21\"}]")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://s3coop.org/problems/validation"))
                .body("violations.field", contains("priorities[1].code", "priorities[2].code", "priorities[3].code",
                        "priorities[4].code"))
                .body("violations[3].message", containsString("twice"));
        given().when().get("/api/v1/regions/" + code).then().statusCode(404);
    }

    @Test
    void acceptsEveryFamilyOfTheCatalogue() {
        registered(priorities("A", "C10", "J62", "NABS01", "NABS14", "BLUE_ECONOMY", "GREEN_TRANSITION"));
        given().when().get("/api/v1/priority-catalogue").then().statusCode(200)
                .body("family", contains("ECONOMIC_DOMAIN", "SCIENTIFIC_DOMAIN", "POLICY_OBJECTIVE"))
                .body("find { it.family == 'ECONOMIC_DOMAIN' }.codes.code", hasItem("C33"))
                .body("find { it.family == 'SCIENTIFIC_DOMAIN' }.codes", hasSize(14))
                .body("find { it.family == 'POLICY_OBJECTIVE' }.codes.code", hasItem("DIGITAL_TRANSFORMATION"));
    }

    @Test
    void aDuplicateCodeIsAConflictAndChangesNothing() {
        String code = registered(priorities("C22"));
        Fixtures.register(code, priorities("C23")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString(code))
                .body("instance", equalTo("/api/v1/regions"));
        given().when().get("/api/v1/regions/" + code).then().statusCode(200)
                .body("priorities.code", contains("C22")).body("version", equalTo(1));
    }

    @Test
    void updatesHonourIfMatch() {
        String code = registered(priorities("C22"));
        String body = "{\"name\":\"Renamed\",\"priorities\":" + priorities("C22", "C20") + "}";
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body)
                .when().put("/api/v1/regions/" + code)
                .then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("\"1\""));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .when().put("/api/v1/regions/" + code)
                .then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("name", equalTo("Renamed")).body("priorities.code", contains("C22", "C20"));
        // the first version is stale now
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "W/\"1\"").body(body)
                .when().put("/api/v1/regions/" + code).then().statusCode(412);
        // without If-Match the write applies to the current version
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"Again\",\"priorities\":[]}")
                .when().put("/api/v1/regions/" + code).then().statusCode(200).body("version", equalTo(3));
    }

    @Test
    void retiringKeepsTheRegionReadable() {
        String code = registered(priorities("C22"));
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"1\"")
                .when().delete("/api/v1/regions/" + code).then().statusCode(204);
        given().when().get("/api/v1/regions/" + code).then().statusCode(200)
                .body("active", equalTo(false)).body("version", equalTo(2));
        // retiring again changes nothing
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/regions/" + code).then().statusCode(204);
        given().when().get("/api/v1/regions/" + code).then().body("version", equalTo(2));
        // active=false through PUT is refused, active=true brings it back
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"priorities\":[],\"active\":false}")
                .when().put("/api/v1/regions/" + code).then().statusCode(400).body("violations[0].field", equalTo("active"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"Back\",\"priorities\":[],\"active\":true}")
                .when().put("/api/v1/regions/" + code).then().statusCode(200)
                .body("active", equalTo(true)).body("version", equalTo(3));
    }

    @Test
    void unknownRegionsAre404Problems() {
        given().when().get("/api/v1/regions/ZZ999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not found")).body("instance", equalTo("/api/v1/regions/ZZ999"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"priorities\":[]}")
                .when().put("/api/v1/regions/ZZ999").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/regions/ZZ999").then().statusCode(404);
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsFilterAndPage() {
        String country = Fixtures.country();
        String a = registered(country, priorities("C26", "NABS05"));
        String b = registered(country, priorities("C26"));
        String c = registered(country, priorities("J61"));
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/regions/" + c).then().statusCode(204);

        given().queryParam("country", country).when().get("/api/v1/regions").then().statusCode(200)
                .body("items.code", contains(a, b, c)).body("totalItems", equalTo(3)).body("totalPages", equalTo(1))
                .body("page", equalTo(0)).body("size", equalTo(20));
        given().queryParam("country", country).queryParam("priority", "C26").when().get("/api/v1/regions").then()
                .body("items.code", contains(a, b));
        given().queryParam("country", country).queryParam("active", "false").when().get("/api/v1/regions").then()
                .body("items.code", contains(c));
        given().queryParam("country", country).queryParam("active", "true").queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/regions").then()
                .body("items.code", contains(b)).body("totalItems", equalTo(2)).body("totalPages", equalTo(2));
        given().queryParam("q", b.toLowerCase()).when().get("/api/v1/regions").then()
                .body("items.code", contains(b));
        given().queryParam("priority", "C26").when().get("/api/v1/regions").then()
                .body("items.priorities.code.flatten()", everyItem(notNullValue()))
                .body("items.code", not(hasItem(c)));
    }

    @Test
    void badPagingAndFiltersAre400WithTheParameterNamed() {
        given().queryParam("size", 101).when().get("/api/v1/regions").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("size"));
        given().queryParam("size", 0).when().get("/api/v1/regions").then().statusCode(400);
        given().queryParam("page", -1).when().get("/api/v1/regions").then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
        given().queryParam("size", "abc").when().get("/api/v1/regions").then().statusCode(400);
        given().queryParam("page", "99999999999").when().get("/api/v1/regions").then().statusCode(400);
        given().queryParam("active", "maybe").when().get("/api/v1/regions").then().statusCode(400)
                .body("violations[0].field", equalTo("active"));
        given().queryParam("country", "spain").when().get("/api/v1/regions").then().statusCode(400)
                .body("violations[0].field", equalTo("country"));
    }
}
