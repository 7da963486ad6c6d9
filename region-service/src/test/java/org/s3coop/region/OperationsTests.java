package org.s3coop.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Health, metrics and the OpenAPI document, as ops teams and portals see them. */
@QuarkusTest
class OperationsTests {

    @Test
    void healthEndpointsAnswer() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("PostgreSQL")));
        given().when().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void metricsIncludeTheOutboxBacklog() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("s3coop_outbox_pending"))
                .body(containsString("s3coop_outbox_published_total"));
    }

    @Test
    void openApiDocumentsOperationsAndErrors() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/regions'.post.operationId", equalTo("registerRegion"))
                .body("paths.'/api/v1/regions'.get.operationId", equalTo("listRegions"))
                .body("paths.'/api/v1/regions/{code}'.put.responses.'412'.description", notNullValue())
                .body("paths.'/api/v1/regions/{code}'.put.responses.'401'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/v1/regions/{code}/partner-suggestions'.get.operationId", equalTo("suggestPartners"))
                .body("paths.'/api/v1/regions/{code}/stakeholders'.post.security[0].bearer", notNullValue())
                .body("components.schemas.Problem.properties.violations", notNullValue());
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
