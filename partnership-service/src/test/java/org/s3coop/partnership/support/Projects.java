package org.s3coop.partnership.support;

import static io.restassured.RestAssured.given;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import io.restassured.response.Response;

/** Drives the investment projects of a partnership over HTTP. */
public final class Projects {
    private Projects() {
    }

    /** A valid project body on {@code instrument} with the given regions, TRL 4 → 7, 1,000,000 EUR requested. */
    public static String body(String instrument, String... regions) {
        return money(instrument, "1000000", null, regions);
    }

    public static String money(String instrument, String requested, String granted, String... regions) {
        StringBuilder codes = new StringBuilder();
        for (String r : regions) {
            codes.append(codes.isEmpty() ? "" : ",").append('"').append(r).append('"');
        }
        return "{\"title\":\"Project on " + instrument + "\",\"instrument\":\"" + instrument + "\",\"regions\":[" + codes
                + "],\"trlStart\":4,\"trlTarget\":7,\"budgetEur\":2000000,\"requestedEur\":" + requested
                + (granted == null ? "" : ",\"grantedEur\":" + granted) + ",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2028-08-31\"}";
    }

    public static Response record(String token, String id, String body) {
        return as(token).body(body).post(BASE + "/" + id + "/projects");
    }

    public static Response update(String token, String id, String project, String body) {
        return as(token).body(body).put(BASE + "/" + id + "/projects/" + project);
    }

    public static Response move(String token, String id, String project, String action) {
        return as(token).body("{\"action\":\"" + action + "\",\"reason\":\"because\"}")
                .post(BASE + "/" + id + "/projects/" + project + "/transitions");
    }

    /** Records a project and moves it through {@code actions}; answers its id. */
    public static String recorded(String token, String id, String body, String... actions) {
        String project = record(token, id, body).then().statusCode(201).extract().path("id");
        for (String a : actions) {
            move(token, id, project, a).then().statusCode(200);
        }
        return project;
    }

    public static long version(String id, String project) {
        return ((Number) given().get(BASE + "/" + id + "/projects/" + project).then().statusCode(200).extract()
                .path("version")).longValue();
    }
}
