package org.s3coop.challenge.support;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The six clusters of the catalogue, by their initials, and a region's vote cast over HTTP. */
public final class Rankings {
    public static final String C = "CAPACITY";
    public static final String A = "ALIGNING_ECOSYSTEMS";
    public static final String F = "FUNDING";
    public static final String G = "GOVERNANCE";
    public static final String S = "STAKEHOLDER_ENGAGEMENT";
    public static final String K = "KNOWLEDGE_AND_MONITORING";

    private Rankings() {
    }

    public static ValidatableResponse vote(String token, String round, String region, String... clusters) {
        String list = Arrays.stream(clusters).map(c -> c == null ? "null" : "\"" + c + "\"").collect(Collectors.joining(","));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"clusters\":[" + list + "]}")
                .when().put("/api/v1/ranking-rounds/" + round + "/votes/" + region).then();
    }
}
