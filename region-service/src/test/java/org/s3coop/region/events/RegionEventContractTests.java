package org.s3coop.region.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.region.support.Fixtures.priorities;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.s3coop.contracts.EventContract;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.CloudEventRecords.Event;
import org.s3coop.platform.testing.SuiteInfrastructure;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Producer contract: every event type region-service publishes, driven through the REST API and read back from the
 * real broker, keeps its message in docs/asyncapi.yaml (headers, key, data); and every type the document declares
 * for s3coop.regions.v1 is really emitted.
 */
@QuarkusTest
class RegionEventContractTests {
    private static final String TOPIC = "s3coop.regions.v1";
    private static final EventContract CONTRACT = EventContract.load();
    private static CloudEventRecords topic;

    @BeforeAll
    static void subscribe() {
        topic = new CloudEventRecords(SuiteInfrastructure.kafka().bootstrapServers(), TOPIC);
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    @Test
    void everyRegionEventKeepsTheContract() {
        // a NUTS 3 region and a country (no parent), with priorities of three families, labels defaulted from the catalogue
        for (String code : List.of(Fixtures.code(), Fixtures.code(Fixtures.country(), 0))) {
            Fixtures.registeredAs(code, priorities("C21", "HEALTH", "NABS07"));
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body("{\"name\":\"Renamed\",\"nutsVersion\":\"2024\",\"priorities\":[{\"family\":\"ECONOMIC_DOMAIN\","
                            + "\"code\":\"C21\",\"label\":\"Own label\"}]}")
                    .when().put("/api/v1/regions/" + code).then().statusCode(200);
            given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/regions/" + code).then().statusCode(204);
            // brought back, with no priorities at all and its official name
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body("{\"priorities\":[],\"active\":true}")
                    .when().put("/api/v1/regions/" + code).then().statusCode(200);

            List<Event> events = topic.await(e -> code.equals(e.key()), 4, Duration.ofSeconds(30));
            Set<String> seen = new TreeSet<>();
            for (Event e : events) {
                CONTRACT.validate(e.headers(), e.key(), e.data());
                seen.add(e.type());
            }
            assertThat(seen).isEqualTo(new TreeSet<>(CONTRACT.typesOn(TOPIC)))
                    .isEqualTo(new TreeSet<>(CONTRACT.typesSentBy("region-service")));
            assertThat(events.get(3).data().get("parent").isNull()).isEqualTo(code.length() == 2);
        }
    }
}
