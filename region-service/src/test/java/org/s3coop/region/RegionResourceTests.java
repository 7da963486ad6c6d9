package org.s3coop.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RegionResourceTests {

    @Test
    void registersAndReadsARegion() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"code":"ES51","name":"Cataluña","nutsVersion":"2024",
                         "priorities":[{"family":"ECONOMIC_DOMAIN","code":"C21","label":"Pharmaceuticals"},
                                       {"family":"POLICY_OBJECTIVE","code":"HEALTH"}]}""")
                .when().post("/api/v1/regions")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("country", equalTo("ES"))
                .body("level", equalTo(2))
                .body("version", equalTo(1));
        given().when().get("/api/v1/regions/ES51")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("priorities[1].label", equalTo("Health and life sciences"));
    }
}
