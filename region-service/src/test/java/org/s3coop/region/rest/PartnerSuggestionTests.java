package org.s3coop.region.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.s3coop.region.support.Fixtures.priorities;
import static org.s3coop.region.support.Fixtures.registered;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.CloudEventSender;
import org.s3coop.platform.testing.SuiteInfrastructure;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Hand-checked examples. Each test uses priority codes no other test uses (R90, R91, R93, S95, SPACE; T97; N78; E36,
 * E37, E38), so no other region scores above 0; the asking region's country is reserved for the test.
 */
@QuarkusTest
class PartnerSuggestionTests {

    @Test
    void ranksRegionsOfOtherCountriesByExplainedScore() {
        String country = Fixtures.country();
        // a = {R90, R91, SPACE}
        String a = registered(country, priorities("R90", "R91", "SPACE"));
        // b = {R90, R93, SPACE, S95}: shared {R90, SPACE}; union 5 → similarity 0.4;
        // only-b {R93, S95}: R93 shares section R with a → complementarity 1/2 = 0.5; score 0.6·0.4 + 0.4·0.5 = 0.44
        String b = registered(priorities("R90", "R93", "SPACE", "S95"));
        // c = {R90, R91, SPACE}: identical → similarity 1, nothing only-c → complementarity 0; score 0.6
        String c = registered(priorities("R90", "R91", "SPACE"));
        // d = {R93}: shares nothing; R93 complements → similarity 0, complementarity 1; score 0.4
        String d = registered(priorities("R93"));
        // e = same country as a: never suggested
        registered(country, priorities("R90", "R91", "SPACE"));
        // f = {S95}: nothing shared, nothing related → score 0, left out
        registered(priorities("S95"));
        // g = identical to c but retired: left out
        String g = registered(priorities("R90", "R91", "SPACE"));
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/regions/" + g).then().statusCode(204);

        given().when().get("/api/v1/regions/" + a + "/partner-suggestions").then().statusCode(200)
                .body("code", contains(c, b, d))
                .body("[0].score", equalTo(0.6f)).body("[0].similarity", equalTo(1.0f))
                .body("[0].complementarity", equalTo(0.0f))
                .body("[0].sharedCodes", contains("R90", "R91", "SPACE"))
                .body("[0].complementaryCodes", empty())
                .body("[1].score", equalTo(0.44f)).body("[1].similarity", equalTo(0.4f))
                .body("[1].complementarity", equalTo(0.5f))
                .body("[1].sharedCodes", contains("R90", "SPACE"))
                .body("[1].complementaryCodes", contains("R93"))
                .body("[1].country", equalTo(b.substring(0, 2))).body("[1].name", equalTo("Region " + b))
                .body("[2].score", equalTo(0.4f)).body("[2].complementaryCodes", contains("R93"));

        given().queryParam("limit", 2).when().get("/api/v1/regions/" + a + "/partner-suggestions").then()
                .body("code", contains(c, b));
    }

    @Test
    void equalScoresAreOrderedByCode() {
        String a = registered(Fixtures.country(), priorities("T97"));
        String x = Fixtures.code();
        String y = Fixtures.code();
        String first = x.compareTo(y) < 0 ? x : y;
        String second = first.equals(x) ? y : x;
        // registered in the other order than their codes
        Fixtures.registeredAs(second, priorities("T97"));
        Fixtures.registeredAs(first, priorities("T97"));
        given().when().get("/api/v1/regions/" + a + "/partner-suggestions").then()
                .body("code", contains(first, second)).body("score", contains(0.6f, 0.6f));
    }

    @Test
    void regionsOfTheSameNutsLevelUnlessAnotherLevelIsAskedFor() {
        String country = Fixtures.country();
        String other = Fixtures.country();
        // a is a NUTS 2 region
        String a = Fixtures.registeredAs(Fixtures.code(country, 2), priorities("N78"));
        String level2 = Fixtures.registeredAs(Fixtures.code(other, 2), priorities("N78"));
        String level3 = registered(priorities("N78"));
        String level1 = Fixtures.registeredAs(Fixtures.code(other, 1), priorities("N78"));
        // of a's own country at another level: never, whatever the level asked
        Fixtures.registeredAs(Fixtures.code(country, 3), priorities("N78"));

        given().when().get("/api/v1/regions/" + a + "/partner-suggestions").then().statusCode(200)
                .body("code", contains(level2));
        given().queryParam("level", "any").when().get("/api/v1/regions/" + a + "/partner-suggestions").then()
                .body("code", contains(sorted(level1, level2, level3)));
        given().queryParam("level", "3").when().get("/api/v1/regions/" + a + "/partner-suggestions").then()
                .body("code", contains(level3));
        given().queryParam("level", "same").when().get("/api/v1/regions/" + a + "/partner-suggestions").then()
                .body("code", contains(level2));
    }

    @Test
    void partnersOnASharedPriorityAreLeftOutUnlessAsked() {
        String a = registered(Fixtures.country(), priorities("E36", "E37"));
        String partner = registered(priorities("E36"));
        String other = registered(priorities("E36"));
        String partnerElsewhere = registered(priorities("E37"));
        UUID onShared = UUID.randomUUID();
        try (CloudEventSender sender = new CloudEventSender(SuiteInfrastructure.kafka().bootstrapServers())) {
            // a and partner: an active partnership on E36, which both list
            send(sender, "proposed", onShared, "E36", a, partner, "ACTIVE", 1);
            // a and partnerElsewhere: an active partnership on E38, which neither lists: no reason to leave it out
            send(sender, "proposed", UUID.randomUUID(), "E38", a, partnerElsewhere, "ACTIVE", 1);
        }
        awaitActivePartnerships(a, 2);

        given().when().get("/api/v1/regions/" + a + "/partner-suggestions").then().statusCode(200)
                .body("code", contains(sorted(other, partnerElsewhere)));
        given().queryParam("includePartners", "true").when().get("/api/v1/regions/" + a + "/partner-suggestions")
                .then().body("code", hasItem(partner)).body("code", hasSize(3));

        // once the partnership is on hold, it is no longer an active one: partner is suggested again
        try (CloudEventSender sender = new CloudEventSender(SuiteInfrastructure.kafka().bootstrapServers())) {
            send(sender, "put-on-hold", onShared, "E36", a, partner, "ON_HOLD", 2);
        }
        awaitActivePartnerships(a, 1);
        given().when().get("/api/v1/regions/" + a + "/partner-suggestions").then()
                .body("code", contains(sorted(other, partner, partnerElsewhere)));
    }

    @Test
    void badLimitsLevelsAndUnknownRegions() {
        String a = registered(priorities("C10"));
        given().queryParam("limit", 0).when().get("/api/v1/regions/" + a + "/partner-suggestions").then().statusCode(400);
        given().queryParam("limit", 51).when().get("/api/v1/regions/" + a + "/partner-suggestions").then().statusCode(400);
        given().when().get("/api/v1/regions/ZZ997/partner-suggestions").then().statusCode(404);
        given().queryParam("limit", 50).when().get("/api/v1/regions/" + a + "/partner-suggestions").then()
                .statusCode(200).body("$", hasSize(lessThanOrEqualTo(50)));
        given().queryParam("level", "4").when().get("/api/v1/regions/" + a + "/partner-suggestions").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("level"));
        given().queryParam("includePartners", "yes").when().get("/api/v1/regions/" + a + "/partner-suggestions").then()
                .statusCode(400).body("violations[0].field", equalTo("includePartners"));
    }

    private static String[] sorted(String... codes) {
        return java.util.Arrays.stream(codes).sorted().toArray(String[]::new);
    }

    /** A partnership event of partnership-service, with its priority, lead a and one member. */
    private static void send(CloudEventSender sender, String type, UUID id, String priority, String lead, String member,
            String status, long version) {
        sender.send("s3coop.partnerships.v1", "/s3coop/partnership-service", "org.s3coop.partnership." + type + ".v1",
                id.toString(), """
                        {"id":"%s","title":"T","priority":{"family":"ECONOMIC_DOMAIN","code":"%s"},"leadRegion":"%s",
                         "members":[{"regionCode":"%s","role":"lead"},{"regionCode":"%s","role":"partner"}],
                         "stage":"SCOPING","status":"%s","version":%d,"rescopingRecommended":false}"""
                        .formatted(id, priority, lead, lead, member, status, version));
    }

    private static void awaitActivePartnerships(String code, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when()
                .get("/api/v1/regions/" + code).then().body("cooperation.activePartnerships", equalTo(expected)));
    }
}
