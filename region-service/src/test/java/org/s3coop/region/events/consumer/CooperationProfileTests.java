package org.s3coop.region.events.consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.s3coop.region.support.Fixtures.priorities;
import static org.s3coop.region.support.Fixtures.registered;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.CloudEventSender;
import org.s3coop.platform.testing.SuiteInfrastructure;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** The cooperation profile is built from partnership events read from the real topic. */
@QuarkusTest
class CooperationProfileTests {
    private static final String TOPIC = "s3coop.partnerships.v1";
    private static final String SOURCE = "/s3coop/partnership-service";
    private static CloudEventSender sender;

    @BeforeAll
    static void connect() {
        sender = new CloudEventSender(SuiteInfrastructure.kafka().bootstrapServers());
    }

    @AfterAll
    static void close() {
        sender.close();
    }

    private static String partnership(UUID id, String lead, List<String> members, String stage, String status,
            long version) {
        StringBuilder m = new StringBuilder();
        for (String code : members) {
            m.append(m.isEmpty() ? "" : ",").append("{\"regionCode\":\"").append(code)
                    .append("\",\"role\":\"partner\",\"contribution\":\"x\"}");
        }
        return """
                {"id":"%s","title":"T","priority":{"family":"ECONOMIC_DOMAIN","code":"C22"},"leadRegion":"%s",
                 "members":[%s],"stage":"%s","status":"%s","version":%d,"rescopingRecommended":false}"""
                .formatted(id, lead, m, stage, status, version);
    }

    private static void awaitProfile(String code, String path, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when()
                .get("/api/v1/regions/" + code).then().statusCode(200).body(path, equalTo(expected)));
    }

    @Test
    void profilesFollowPartnershipEvents() {
        String country = Fixtures.country();
        String lead = registered(country, priorities("C22"));
        String member = registered(priorities("C22"));
        given().when().get("/api/v1/regions/" + lead).then()
                .body("cooperation.activePartnerships", equalTo(0)).body("cooperation.asLead.SCOPING", equalTo(0));

        UUID p1 = UUID.randomUUID();
        sender.send(TOPIC, SOURCE, "org.s3coop.partnership.proposed.v1", p1.toString(),
                partnership(p1, lead, List.of(lead, member), "SCOPING", "ACTIVE", 1));
        awaitProfile(lead, "cooperation.asLead.SCOPING", 1);
        given().when().get("/api/v1/regions/" + member).then()
                .body("cooperation.asMember.SCOPING", equalTo(1)).body("cooperation.asLead.SCOPING", equalTo(0))
                .body("cooperation.activePartnerships", equalTo(1));

        sender.send(TOPIC, SOURCE, "org.s3coop.partnership.stage-advanced.v1", p1.toString(),
                partnership(p1, lead, List.of(lead, member), "MAPPING", "ACTIVE", 2));
        awaitProfile(lead, "cooperation.asLead.MAPPING", 1);
        given().when().get("/api/v1/regions/" + lead).then().body("cooperation.asLead.SCOPING", equalTo(0));

        sender.send(TOPIC, SOURCE, "org.s3coop.partnership.put-on-hold.v1", p1.toString(),
                partnership(p1, lead, List.of(lead, member), "MAPPING", "ON_HOLD", 3));
        awaitProfile(member, "cooperation.onHold", 1);
        given().when().get("/api/v1/regions/" + member).then().body("cooperation.activePartnerships", equalTo(0));

        given().queryParam("country", country).when().get("/api/v1/regions").then()
                .body("items[0].cooperation.onHold", equalTo(1));
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndAnOlderOneIsIgnored() {
        String lead = registered(priorities("C22"));
        UUID p = UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        sender.send(TOPIC, id, SOURCE, "org.s3coop.partnership.stage-advanced.v1", p.toString(),
                partnership(p, lead, List.of(lead), "PILOT", "ACTIVE", 5));
        awaitProfile(lead, "cooperation.asLead.PILOT", 1);
        // the same event id again, here carrying other data (version 6, SCALE_UP): must change nothing
        sender.send(TOPIC, id, SOURCE, "org.s3coop.partnership.stage-advanced.v1", p.toString(),
                partnership(p, lead, List.of(lead), "SCALE_UP", "ACTIVE", 6));
        // another event with version 6: applied only if the redelivery above was skipped
        sender.send(TOPIC, SOURCE, "org.s3coop.partnership.put-on-hold.v1", p.toString(),
                partnership(p, lead, List.of(lead), "PILOT", "ON_HOLD", 6));
        awaitProfile(lead, "cooperation.onHold", 1);
        given().when().get("/api/v1/regions/" + lead).then()
                .body("cooperation.asLead.SCALE_UP", equalTo(0)).body("cooperation.activePartnerships", equalTo(0));

        // an older version arriving late is consumed and ignored
        String stale = sender.send(TOPIC, SOURCE, "org.s3coop.partnership.stage-reverted.v1", p.toString(),
                partnership(p, lead, List.of(lead), "SCOPING", "ACTIVE", 4));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(stale));
        given().when().get("/api/v1/regions/" + lead).then()
                .body("cooperation.onHold", equalTo(1))
                .body("cooperation.asLead.SCOPING", equalTo(0))
                .body("cooperation.activePartnerships", equalTo(0));
    }

    @Test
    void typesItDoesNotKnowAreSkippedNotDeadLettered() {
        String lead = registered(priorities("C22"));
        UUID p = UUID.randomUUID();
        String v2 = sender.send(TOPIC, SOURCE, "org.s3coop.partnership.proposed.v2", p.toString(),
                partnership(p, lead, List.of(lead), "SCOPING", "ACTIVE", 1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(v2));
        given().when().get("/api/v1/regions/" + lead).then().body("cooperation.activePartnerships", equalTo(0));
    }

    /** Whether this service recorded the event id as consumed (same database the service uses). */
    private static boolean processed(String eventId) throws Exception {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (var c = java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), "");
                var ps = c.prepareStatement("select count(*) from processed_event where event_id = ?")) {
            ps.setString(1, eventId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String lead = registered(priorities("C22"));
        String poisonKey = "poison-" + UUID.randomUUID();
        sender.sendRaw(TOPIC, poisonKey, "this is not a CloudEvent");
        UUID noMembers = UUID.randomUUID();
        sender.send(TOPIC, SOURCE, "org.s3coop.partnership.proposed.v1", noMembers.toString(),
                "{\"id\":\"" + noMembers + "\",\"leadRegion\":\"" + lead + "\",\"stage\":\"SCOPING\",\"status\":\"ACTIVE\",\"version\":1}");
        UUID p = UUID.randomUUID();
        sender.send(TOPIC, SOURCE, "org.s3coop.partnership.proposed.v1", p.toString(),
                partnership(p, lead, List.of(lead), "SCOPING", "ACTIVE", 1));
        awaitProfile(lead, "cooperation.asLead.SCOPING", 1);

        try (CloudEventRecords dlq = new CloudEventRecords(SuiteInfrastructure.kafka().bootstrapServers(),
                "s3coop.dlq.region-service")) {
            var dead = dlq.await(e -> poisonKey.equals(e.key()) || noMembers.toString().equals(e.key()), 2,
                    Duration.ofSeconds(30));
            assertThat(dead).allSatisfy(e -> assertThat(e.headers().get("dead-letter-reason")).isNotBlank());
            assertThat(dead).anySatisfy(e -> assertThat(e.headers().get("dead-letter-reason")).contains("not a CloudEvent"));
            assertThat(dead).anySatisfy(e -> assertThat(e.headers().get("dead-letter-reason")).contains("members"));
        }
    }
}
