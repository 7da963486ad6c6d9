package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.s3coop.region.support.Fixtures.priorities;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.nuts.NutsCsv;
import org.s3coop.region.support.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The lists answer CSV (spreadsheets) and GeoJSON (GIS tools) when asked by Accept. */
@QuarkusTest
class RegionRepresentationTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Map<String, String>> csv(String text) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return it.readAll();
        }
    }

    @Test
    void regionsAsCsvOneRowEachWithTheColumnsAnImportReads() throws IOException {
        String country = Fixtures.country();
        String a = Fixtures.registered(country, priorities("C26", "DIGITAL_TRANSFORMATION"));
        String b = Fixtures.registered(country, priorities());
        Response response = given().accept("text/csv").queryParam("country", country).queryParam("size", 1)
                .when().get("/api/v1/regions");
        response.then().statusCode(200).contentType(startsWith("text/csv")).header("X-Total-Count", "2")
                .header("X-Total-Pages", "2");
        String text = response.asString();
        assertThat(text).startsWith("code,name,priorities,officialName,country,level,parent,euMemberState,nutsVersion,"
                + "active,version,activePartnerships\r\n");
        List<Map<String, String>> rows = csv(text);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("code", a).containsEntry("name", "Region " + a)
                .containsEntry("priorities", "ECONOMIC_DOMAIN:C26;POLICY_OBJECTIVE:DIGITAL_TRANSFORMATION")
                .containsEntry("country", country).containsEntry("level", "3")
                .containsEntry("parent", a.substring(0, 4)).containsEntry("active", "true")
                .containsEntry("activePartnerships", "0");
        assertThat(csv(given().accept("text/csv").queryParam("country", country).queryParam("page", 1)
                .queryParam("size", 1).when().get("/api/v1/regions").asString())).extracting(r -> r.get("code"))
                .containsExactly(b);
        // text/* and a preference for CSV over JSON are honoured
        given().accept("application/json;q=0.5, text/csv").queryParam("country", country).when().get("/api/v1/regions")
                .then().contentType(startsWith("text/csv"));
        given().accept("text/*").queryParam("country", country).when().get("/api/v1/regions")
                .then().contentType(startsWith("text/csv"));
        // JSON stays the default
        given().queryParam("country", country).when().get("/api/v1/regions").then().contentType(ContentType.JSON)
                .body("totalItems", equalTo(2));
    }

    @Test
    void regionsAsGeoJsonAtTheirLabelPointsInWgs84() throws IOException {
        String a = Fixtures.registered(priorities("C21"));
        // an outermost region: the data has no label point for it
        Fixtures.registeredAs("ES703", priorities("C21"));
        JsonNode collection = JSON.readTree(given().accept("application/geo+json").queryParam("q", a)
                .when().get("/api/v1/regions").then().statusCode(200).contentType(startsWith("application/geo+json"))
                .header("X-Total-Count", "1").extract().asString());
        assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.path("totalItems").asLong()).isEqualTo(1);
        JsonNode feature = collection.path("features").get(0);
        assertThat(feature.path("type").asText()).isEqualTo("Feature");
        assertThat(feature.path("id").asText()).isEqualTo(a);
        assertThat(feature.path("geometry").path("type").asText()).isEqualTo("Point");
        JsonNode point = JSON.readTree(given().when().get("/api/v1/nuts/" + a).asString()).path("region").path("labelPoint");
        assertThat(point.isObject()).isTrue();
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isCloseTo(point.path("lon").asDouble(), within(1e-9));
        assertThat(feature.path("geometry").path("coordinates").get(1).asDouble()).isCloseTo(point.path("lat").asDouble(), within(1e-9));
        // a plausible place in Europe (the projection itself is checked in Laea3035Test)
        assertThat(point.path("lon").asDouble()).isBetween(-32.0, 45.0);
        assertThat(point.path("lat").asDouble()).isBetween(27.0, 72.0);
        assertThat(feature.path("properties").path("code").asText()).isEqualTo(a);
        assertThat(feature.path("properties").path("officialName").asText())
                .isEqualTo(NutsCsv.rows().stream().filter(r -> r.code().equals(a)).findFirst().orElseThrow().name_latin());
        assertThat(feature.path("properties").path("cooperation").path("activePartnerships").asInt()).isZero();

        JsonNode outermost = JSON.readTree(given().accept("application/geo+json").queryParam("q", "ES703")
                .when().get("/api/v1/regions").asString()).path("features").get(0);
        assertThat(outermost.path("id").asText()).isEqualTo("ES703");
        assertThat(outermost.path("geometry").isNull()).isTrue();
    }

    @Test
    void anotherTypeIs406AndTheStakeholdersAnswerCsvToo() throws IOException {
        given().accept("application/xml").when().get("/api/v1/regions").then().statusCode(406)
                .contentType("application/problem+json");
        String code = Fixtures.registered(priorities("C21"));
        for (String name : List.of("Universitat, \"Barcelona\"", "=HYPERLINK(\"x\")")) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(JSON.createObjectNode().put("name", name).put("type", "UNIVERSITY").toString())
                    .when().post("/api/v1/regions/" + code + "/stakeholders").then().statusCode(201);
        }
        Response response = given().accept("text/csv").when().get("/api/v1/regions/" + code + "/stakeholders");
        response.then().statusCode(200).contentType(startsWith("text/csv")).header("X-Total-Count", "2");
        List<Map<String, String>> rows = csv(response.asString());
        assertThat(rows).extracting(r -> r.get("name")).containsExactly("'=HYPERLINK(\"x\")", "Universitat, \"Barcelona\"");
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("regionCode", code).containsEntry("type", "UNIVERSITY"));
        given().accept("application/geo+json").when().get("/api/v1/regions/" + code + "/stakeholders").then()
                .statusCode(406);
        given().accept("text/csv").when().get("/api/v1/regions/ZZ995/stakeholders").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("ZZ995"));
    }
}
