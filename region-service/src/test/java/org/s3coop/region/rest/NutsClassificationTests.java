package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.s3coop.region.support.Fixtures.priorities;

import org.junit.jupiter.api.Test;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** GET /api/v1/nuts: the NUTS 2024 classification as portals' region pickers browse it. */
@QuarkusTest
class NutsClassificationTests {

    @Test
    void filtersByLevelCountryAndParent() {
        given().queryParam("level", 2).queryParam("country", "ES").queryParam("size", 100).when().get("/api/v1/nuts")
                .then().statusCode(200)
                .body("totalItems", equalTo(19)).body("items", hasSize(19))
                .body("items.code", hasItem("ES51")).body("items.level", everyItem(equalTo(2)))
                .body("items.country", everyItem(equalTo("ES")))
                .body("items[0].code", equalTo("ES11"));
        given().queryParam("parent", "ES5").when().get("/api/v1/nuts").then().statusCode(200)
                .body("items.code", contains("ES51", "ES52", "ES53"))
                .body("items[0].name", equalTo("Cataluña")).body("items[0].parent", equalTo("ES5"))
                .body("items[0].euMemberState", equalTo(true));
        given().queryParam("level", 0).queryParam("size", 100).when().get("/api/v1/nuts").then()
                .body("totalItems", equalTo(39)).body("items.code", hasItem("EL")).body("items.code", hasItem("UA"))
                .body("items.find { it.code == 'CH' }.euMemberState", equalTo(false))
                .body("items.find { it.code == 'EL' }.euMemberState", equalTo(true))
                .body("items.find { it.code == 'BA' }.areaKm2", nullValue());
    }

    @Test
    void pagesThroughEveryLevel3Code() {
        given().queryParam("level", 3).queryParam("size", 100).queryParam("page", 13).when().get("/api/v1/nuts").then()
                .statusCode(200)
                .body("totalItems", equalTo(1345)).body("totalPages", equalTo(14)).body("page", equalTo(13))
                .body("items", hasSize(45));
        given().queryParam("size", 1).when().get("/api/v1/nuts").then().body("totalItems", equalTo(1794))
                .body("items[0].code", equalTo("AL"));
    }

    @Test
    void findsCodesAndNamesIgnoringAccentsAndCase() {
        // Cataluña written without its tilde, Baden-Württemberg without its umlaut, Łódzkie without its stroke
        given().queryParam("q", "CATALUNA").when().get("/api/v1/nuts").then().statusCode(200)
                .body("items.code", contains("ES51"));
        given().queryParam("q", "baden-wurttemberg").when().get("/api/v1/nuts").then()
                .body("items.code", contains("DE1"));
        given().queryParam("q", "lodzk").queryParam("level", 2).when().get("/api/v1/nuts").then()
                .body("items.code", contains("PL71"));
        // the name as written, accents and all, finds it too; and a code, in any case
        given().queryParam("q", "Łódzkie").queryParam("level", 2).when().get("/api/v1/nuts").then()
                .body("items.code", contains("PL71"));
        given().queryParam("q", "es51").when().get("/api/v1/nuts").then()
                .body("items.code", contains("ES51", "ES511", "ES512", "ES513", "ES514"));
        // LIKE's wildcards are searched for as text
        given().queryParam("q", "%").when().get("/api/v1/nuts").then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("q", "_").when().get("/api/v1/nuts").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void oneCodeWithItsChildrenAndWhetherTheyAreRegistered() {
        String country = Fixtures.country();
        String level1 = Fixtures.code(country, 1);
        String child = given().queryParam("parent", level1).when().get("/api/v1/nuts").then().extract()
                .path("items[0].code");
        Fixtures.registeredAs(child, priorities("C21"));
        given().when().get("/api/v1/nuts/" + level1).then().statusCode(200)
                .body("region.code", equalTo(level1)).body("region.level", equalTo(1))
                .body("region.parent", equalTo(country)).body("region.registered", equalTo(false))
                .body("children.code", hasItem(child))
                .body("children.find { it.code == '" + child + "' }.registered", equalTo(true))
                .body("children.findAll { it.code != '" + child + "' }.registered", everyItem(equalTo(false)));
        given().when().get("/api/v1/nuts/" + child).then().body("region.registered", equalTo(true));
        given().when().get("/api/v1/nuts/ES51").then().statusCode(200)
                .body("region.name", equalTo("Cataluña")).body("region.areaKm2", equalTo(32112.6f))
                .body("region.labelPoint.x3035", equalTo(3615944)).body("region.labelPoint.y3035", equalTo(2116876))
                .body("region.labelPoint.lon", equalTo(1.528626f)).body("region.labelPoint.lat", equalTo(41.798252f))
                .body("children.code", contains("ES511", "ES512", "ES513", "ES514"));
        // an outermost region: in the classification, with no label point in the data
        given().when().get("/api/v1/nuts/ES703").then().statusCode(200).body("region.name", equalTo("El Hierro"))
                .body("region.labelPoint", nullValue()).body("children", hasSize(0));
    }

    @Test
    void unknownCodesAndBadFiltersAreProblems() {
        given().when().get("/api/v1/nuts/ES99").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("ES99"));
        given().when().get("/api/v1/nuts/GR30").then().statusCode(404);
        given().when().get("/api/v1/nuts/es5").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("code"));
        given().queryParam("level", 4).when().get("/api/v1/nuts").then().statusCode(400)
                .body("violations[0].field", equalTo("level"));
        given().queryParam("country", "spain").when().get("/api/v1/nuts").then().statusCode(400)
                .body("violations[0].field", equalTo("country"));
        given().queryParam("parent", "es5").when().get("/api/v1/nuts").then().statusCode(400)
                .body("violations[0].field", equalTo("parent"));
        given().queryParam("size", 101).when().get("/api/v1/nuts").then().statusCode(400);
    }
}
