package org.s3coop.region.support;

import static io.restassured.RestAssured.given;

import java.util.concurrent.atomic.AtomicInteger;

import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Builds test data over the public API. Codes are unique per call so tests do not see each other's regions. */
public final class Fixtures {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private Fixtures() {
    }

    /** A fresh NUTS-2-like code in a made-up country {@code country}, e.g. QA7K. */
    public static String code(String country) {
        int n = SEQ.incrementAndGet();
        return country + ALPHABET.charAt(n % 24) + ALPHABET.charAt((n / 24) % 24) + (n / 576) % 10;
    }

    public static Response register(String code, String prioritiesJson) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Region " + code + "\",\"priorities\":" + prioritiesJson + "}")
                .when().post("/api/v1/regions");
    }

    public static String registered(String country, String prioritiesJson) {
        String code = code(country);
        register(code, prioritiesJson).then().statusCode(201);
        return code;
    }

    public static String priorities(String... codes) {
        StringBuilder sb = new StringBuilder("[");
        for (String c : codes) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            String family = c.startsWith("NABS") ? "SCIENTIFIC_DOMAIN"
                    : c.length() > 3 ? "POLICY_OBJECTIVE" : "ECONOMIC_DOMAIN";
            sb.append("{\"family\":\"").append(family).append("\",\"code\":\"").append(c).append("\"}");
        }
        return sb.append(']').toString();
    }
}
