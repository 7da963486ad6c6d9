package org.s3coop.region.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.region.support.Fixtures.priorities;
import static org.s3coop.region.support.Fixtures.registered;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.s3coop.contracts.events.EuMemberStates;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.CloudEventRecords.Event;
import org.s3coop.platform.testing.SuiteInfrastructure;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.nuts.NutsCsv;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What region-service publishes on s3coop.regions.v1, read back with a plain Kafka consumer. */
@QuarkusTest
class RegionEventsTests {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static CloudEventRecords topic;

    @BeforeAll
    static void subscribe() {
        topic = new CloudEventRecords(SuiteInfrastructure.kafka().bootstrapServers(), "s3coop.regions.v1");
    }

    @AfterAll
    static void close() {
        topic.close();
    }

    @Test
    void eachChangePublishesACloudEventWithTheFullState() {
        String code = registered(priorities("C21", "HEALTH"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"Renamed\",\"nutsVersion\":\"2024\",\"priorities\":" + priorities("C21") + "}")
                .when().put("/api/v1/regions/" + code).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/regions/" + code).then().statusCode(204);

        List<Event> events = topic.await(e -> code.equals(e.key()), 3, WAIT);
        assertThat(events).extracting(Event::type).containsExactly("org.s3coop.region.registered.v1",
                "org.s3coop.region.updated.v1", "org.s3coop.region.retired.v1");
        for (Event e : events) {
            assertThat(e.headers()).containsEntry("ce_specversion", "1.0")
                    .containsEntry("ce_source", "/s3coop/region-service")
                    .containsEntry("ce_subject", code)
                    .containsEntry("content-type", "application/json");
            assertThat(e.id()).isNotBlank();
            assertThat(OffsetDateTime.parse(e.headers().get("ce_time"))).isBeforeOrEqualTo(OffsetDateTime.now());
            assertThat(e.data().get("code").asText()).isEqualTo(code);
            assertThat(e.data().get("country").asText()).isEqualTo(code.substring(0, 2));
            assertThat(e.data().get("level").asInt()).isEqualTo(code.length() - 2);
            assertThat(e.data().get("parent").asText()).isEqualTo(code.substring(0, code.length() - 1));
            assertThat(e.data().get("officialName").asText()).isEqualTo(officialName(code));
            assertThat(e.data().get("euMemberState").asBoolean()).isEqualTo(EuMemberStates.contains(code));
            assertThat(e.data().get("actor").asText()).isEqualTo("admin");
        }
        assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
        assertThat(events).extracting(e -> e.data().get("version").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(events.get(0).data().get("priorities").findValuesAsText("code")).containsExactly("C21", "HEALTH");
        assertThat(events.get(0).data().get("priorities").get(1).get("family").asText()).isEqualTo("POLICY_OBJECTIVE");
        assertThat(events.get(1).data().get("name").asText()).isEqualTo("Renamed");
        assertThat(events.get(1).data().get("nutsVersion").asText()).isEqualTo("2024");
        assertThat(events.get(1).data().get("priorities").findValuesAsText("code")).containsExactly("C21");
        assertThat(events.get(2).data().get("active").asBoolean()).isFalse();
        assertThat(events).allMatch(e -> e.partition() == events.get(0).partition());
    }

    @Test
    void aRefusedWritePublishesNothing() {
        String code = registered(priorities("C21"));
        Fixtures.register(code, priorities("C22")).then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"9\"")
                .body("{\"name\":\"Stale\",\"priorities\":[]}")
                .when().put("/api/v1/regions/" + code).then().statusCode(412);
        given().auth().oauth2(TestTokens.editor("XX11")).when().delete("/api/v1/regions/" + code).then().statusCode(403);
        // a later accepted change proves the earlier ones had their chance to be published
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/regions/" + code).then().statusCode(204);
        List<Event> events = topic.await(e -> code.equals(e.key()) && e.type().endsWith("retired.v1"), 1, WAIT);
        assertThat(events).hasSize(1);
        List<Event> all = topic.drain(e -> code.equals(e.key()), Duration.ofMillis(500));
        assertThat(all).extracting(Event::type).containsExactly("org.s3coop.region.registered.v1",
                "org.s3coop.region.retired.v1");
    }

    @Test
    void aKafkaOutageDelaysEventsAndLosesNone() {
        var broker = SuiteInfrastructure.kafka();
        List<String> codes = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 10; i++) {
                String code = Fixtures.code();
                Fixtures.register(code, priorities("C21")).then().statusCode(201);
                codes.add(code);
            }
            given().when().get("/api/v1/regions/" + codes.get(0)).then().statusCode(200);
            given().when().get("/q/health/ready").then().statusCode(200);
            Awaitility.await().atMost(WAIT).until(() -> pendingOutbox() >= 10);
        } finally {
            broker.start();
        }
        List<Event> events = topic.await(e -> codes.contains(e.key()), 10, Duration.ofSeconds(60));
        assertThat(events).extracting(Event::key).containsExactlyInAnyOrderElementsOf(codes);
        Awaitility.await().atMost(WAIT).until(() -> pendingOutbox() == 0);
        List<Event> again = topic.drain(e -> codes.contains(e.key()), Duration.ofSeconds(2));
        assertThat(again).extracting(Event::id).doesNotHaveDuplicates().hasSize(10);
    }

    static String officialName(String code) {
        return NutsCsv.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().name_latin();
    }

    static double pendingOutbox() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("s3coop_outbox_pending"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }
}
