package org.s3coop.challenge.support;

import static io.restassured.RestAssured.given;

import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Short-hands for the calls many tests make. */
public final class Api {
    private Api() {
    }

    public static String raiseBody(String cluster, String subDimension, String scopeType, String ref, String severity) {
        return "{\"cluster\":\"" + cluster + "\"," + (subDimension == null ? "" : "\"subDimension\":\"" + subDimension + "\",")
                + "\"title\":\"A challenge\",\"description\":\"What holds us back\","
                + "\"scope\":{\"type\":\"" + scopeType + "\"" + (ref == null ? "" : ",\"ref\":\"" + ref + "\"") + "},"
                + "\"severity\":\"" + severity + "\"}";
    }

    public static ValidatableResponse raise(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/challenges").then();
    }

    /** Raises a challenge as admin and returns its id. */
    public static String raised(String cluster, String subDimension, String scopeType, String ref, String severity) {
        return raise(TestTokens.admin(), raiseBody(cluster, subDimension, scopeType, ref, severity))
                .statusCode(201).extract().path("id");
    }

    public static ValidatableResponse transition(String token, String id, String action, String ifMatch) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"action\":\"" + action + "\",\"reason\":\"because " + action.toLowerCase() + "\"}");
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/challenges/" + id + "/transitions").then();
    }
}
