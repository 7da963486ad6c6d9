package org.s3coop.challenge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.Api;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTests {

    @Test
    void describesEveryOperationWithItsErrors() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/challenges'.post.operationId", equalTo("raiseChallenge"))
                .body("paths.'/api/v1/challenges'.post.responses.'422'", notNullValue())
                .body("paths.'/api/v1/challenges'.post.responses.'401'", notNullValue())
                .body("paths.'/api/v1/challenges/summary'.get.operationId", equalTo("summariseChallenges"))
                .body("paths.'/api/v1/challenges/{id}/transitions'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/challenges/{id}/transitions'.post.responses.'412'", notNullValue())
                .body("paths.'/api/v1/ranking-rounds/{round}/votes/{regionCode}'.put.operationId", equalTo("castVote"))
                .body("paths.'/api/v1/ranking-rounds/{round}'.get.description", containsString("count-back"))
                .body("paths.'/api/v1/challenge-clusters'.get.operationId", equalTo("listChallengeClusters"));
    }

    @Test
    void listsChallengesWithoutFilters() {
        Api.raised("CAPACITY", null, "COMMUNITY", null, "LOW");
        given().when().get("/api/v1/challenges")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
    }
}
