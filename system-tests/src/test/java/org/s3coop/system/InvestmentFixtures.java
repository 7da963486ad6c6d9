package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.awaitility.Awaitility;
import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Partnerships with investment projects and monitoring reports, written as an admin through the APIs of the running
 * services (issue 15's system tests: DossierIT, InvestmentPanelIT), on real NUTS codes ({@link NutsCodes}).
 */
final class InvestmentFixtures {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String ADMIN = TestTokens.admin();

    private InvestmentFixtures() {
    }

    static RequestSpecification asAdmin(Suite.Service service) {
        return given().baseUri(service.url()).auth().oauth2(ADMIN).contentType(ContentType.JSON);
    }

    /**
     * Two regions of two countries registered in region-service ({@code tag}-lead, {@code tag}-partner), and a
     * partnership of them titled {@code title}, proposed once partnership-service knows them, with its scoping note.
     * Returns {id, lead, partner}.
     */
    static String[] partnership(String tag, String title) {
        String lead = NutsCodes.code(tag + "-lead");
        String partner = NutsCodes.code(tag + "-partner");
        for (String code : List.of(lead, partner)) {
            asAdmin(Suite.region()).body("{\"code\":\"" + code + "\",\"priorities\":[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C28\"}]}")
                    .post("/api/v1/regions").then().statusCode(201);
        }
        String body = """
                {"title":"%s","priority":{"family":"ECONOMIC_DOMAIN","code":"C28"},"leadRegion":"%s",
                 "members":[{"regionCode":"%s","role":"lead"},{"regionCode":"%s","role":"partner"}]}"""
                .formatted(title, lead, lead, partner);
        String[] id = new String[1];
        Awaitility.await("partnership-service knows the regions").atMost(EVENTUALLY).untilAsserted(() -> {
            var response = asAdmin(Suite.partnership()).body(body).post("/api/v1/partnerships");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            id[0] = response.jsonPath().getString("id");
        });
        asAdmin(Suite.partnership()).body("{\"objective\":\"Shared testbeds\",\"draftActionPlan\":\"Pilot in 2027\"}")
                .put("/api/v1/partnerships/" + id[0] + "/evidence/scoping-note").then().statusCode(200);
        return new String[] { id[0], lead, partner };
    }

    /** Records a project of {@code region} on {@code instrument} and moves it through {@code actions}; its id. */
    static String project(String id, String region, String title, String instrument, long requested, long granted,
            String... actions) {
        String base = "/api/v1/partnerships/" + id + "/projects";
        String project = asAdmin(Suite.partnership()).body("""
                {"title":"%s","instrument":"%s","regions":["%s"],"trlStart":4,"trlTarget":7,
                 "budgetEur":%d,"requestedEur":%d,"grantedEur":%d}""".formatted(title, instrument, region, requested * 2,
                requested, granted)).post(base).then().statusCode(201).extract().path("id");
        for (String action : actions) {
            asAdmin(Suite.partnership()).body("{\"action\":\"" + action + "\",\"reason\":\"test\"}")
                    .post(base + "/" + project + "/transitions").then().statusCode(200);
        }
        return project;
    }

    /** The last half-year that has closed (its report may be written and submitted). */
    static String lastClosedPeriod() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return today.getMonthValue() <= 6 ? (today.getYear() - 1) + "-H2" : today.getYear() + "-H1";
    }
}
