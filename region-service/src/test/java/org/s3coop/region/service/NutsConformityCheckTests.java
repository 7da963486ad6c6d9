package org.s3coop.region.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.ServiceDatabase;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

/**
 * A region registered before codes were checked, under a code that is not in the classification (here QQ901, written
 * straight into the table as such data was): the start-up check reports it (log and gauge) and changes nothing; it
 * stays readable and retirable, and cannot be described anew.
 */
@QuarkusTest
class NutsConformityCheckTests {
    private static final String LEGACY = "QQ901";

    @Inject
    NutsConformityCheck check;

    @AfterEach
    void removeTheLegacyRegion() {
        ServiceDatabase.single("delete from region where code = ? returning code", LEGACY);
    }

    private static double gauge() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("s3coop_regions_outside_classification"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-2);
    }

    @Test
    void aRegionOutsideTheClassificationIsReportedAndLeftAsItIs() throws Throwable {
        ServiceDatabase.single("insert into region (code, name, country, level, nuts_version, version, created_at, "
                + "updated_at) values (?, 'Made-up region', 'QQ', 3, '2021', 4, ?, ?) returning code", LEGACY,
                OffsetDateTime.now(), OffsetDateTime.now());

        assertThat(VertxContextSupport.subscribeAndAwait(() -> check.check())).contains(LEGACY);
        assertThat(gauge()).isGreaterThanOrEqualTo(1);

        given().when().get("/api/v1/regions/" + LEGACY).then().statusCode(200)
                .body("name", equalTo("Made-up region")).body("officialName", nullValue())
                .body("parent", equalTo("QQ90")).body("euMemberState", equalTo(false))
                .body("nutsVersion", equalTo("2021")).body("version", equalTo(4));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"priorities\":[]}")
                .when().put("/api/v1/regions/" + LEGACY).then().statusCode(400)
                .body("violations[0].field", equalTo("code"))
                .body("violations[0].message", containsString("not a code of the NUTS 2024 classification"));
        given().when().get("/api/v1/regions/" + LEGACY).then().body("version", equalTo(4));
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/regions/" + LEGACY).then().statusCode(204);
        given().when().get("/api/v1/regions/" + LEGACY).then().body("active", equalTo(false)).body("version", equalTo(5));

        // removed again, the next check finds it no more
        removeTheLegacyRegion();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> check.check())).doesNotContain(LEGACY);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> gauge() >= 0);
    }
}
