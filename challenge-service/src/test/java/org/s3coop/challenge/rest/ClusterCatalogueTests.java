package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClusterCatalogueTests {

    @Test
    void servesTheSixClustersInOrderWithTheirSubDimensions() {
        given().when().get("/api/v1/challenge-clusters")
                .then().statusCode(200)
                .body("code", contains("CAPACITY", "ALIGNING_ECOSYSTEMS", "FUNDING", "GOVERNANCE",
                        "STAKEHOLDER_ENGAGEMENT", "KNOWLEDGE_AND_MONITORING"))
                .body("position", contains(1, 2, 3, 4, 5, 6))
                .body("[0].subDimensions.code", contains("INADEQUATE_CAPACITY", "INSUFFICIENT_TIME", "INSUFFICIENT_RESOURCES"))
                .body("[1].subDimensions.code", contains("ALIGNING_PRIORITIES", "SYNCHRONISING_STRATEGIES"))
                .body("[2].subDimensions.code", contains("CONTINUED_FUNDING", "FUNDING_SYNERGIES"))
                .body("subDimensions", everyItem(not(empty())))
                .body("[0].name", equalTo("Capacity for interregional cooperation"));
    }

    @Test
    void servesOneClusterAnd404ForAnUnknownOne() {
        given().when().get("/api/v1/challenge-clusters/FUNDING")
                .then().statusCode(200).body("subDimensions", hasSize(2));
        given().when().get("/api/v1/challenge-clusters/WEATHER")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
