package org.s3coop.region.events.consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.s3coop.region.support.Fixtures.priorities;
import static org.s3coop.region.support.Fixtures.registered;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.s3coop.contracts.EventContract;
import org.s3coop.contracts.EventContract.Example;
import org.s3coop.platform.testing.CloudEventSender;
import org.s3coop.platform.testing.SuiteInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Consumer contract: the examples docs/asyncapi.yaml gives for the messages region-service receives (every
 * partnership event) are sent to s3coop.partnerships.v1 and must change the cooperation profile.
 *
 * <p>The examples name regions ES51, DE21, ITC4 and one partnership id; this test <b>rewrites</b> them, before
 * sending, to regions it has just registered and a fresh partnership id per example, so that the runs do not see each
 * other. Everything else of the example is sent as written.
 */
@QuarkusTest
class RegionEventConsumerContractTests {
    private static final String TOPIC = "s3coop.partnerships.v1";
    private static final String PROPOSED = "org.s3coop.partnership.proposed.v1";
    private static final EventContract CONTRACT = EventContract.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CloudEventSender sender;

    @BeforeAll
    static void connect() {
        sender = new CloudEventSender(SuiteInfrastructure.kafka().bootstrapServers());
    }

    @AfterAll
    static void close() {
        sender.close();
    }

    @Test
    void everyPartnershipExampleIsApplied() throws Exception {
        Set<String> types = CONTRACT.typesReceivedBy("region-service");
        assertThat(types).isEqualTo(CONTRACT.typesOn(TOPIC)).hasSize(17);
        Example proposed = CONTRACT.examples(PROPOSED).get(0);
        for (String type : types) {
            for (Example example : CONTRACT.examples(type)) {
                String lead = registered(priorities("C22"));
                String member = registered(priorities("C22"));
                String third = registered(priorities("C22"));
                String id = UUID.randomUUID().toString();
                Map<String, String> ids = Map.of(proposed.payload().get("id").asText(), id, "ES51", lead, "DE21", member,
                        "ITC4", third);
                JsonNode data = JSON.readTree(rewrite(example.payloadJson(), ids));
                if (!PROPOSED.equals(type)) {
                    // first the partnership as proposed, led by the lead alone: the example must change that
                    JsonNode before = JSON.readTree(rewrite(proposed.payloadJson(), ids));
                    ((com.fasterxml.jackson.databind.node.ObjectNode) before).set("members",
                            JSON.createArrayNode().add(before.get("members").get(0)));
                    sender.send(TOPIC, proposed.source(), PROPOSED, id, before.toString());
                    awaitProfile(lead, "cooperation.asLead.SCOPING", 1);
                }
                CONTRACT.validate(Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source",
                        example.source(), "ce_type", type, "ce_subject", id, "ce_time", "2026-01-01T00:00:00Z",
                        "content-type", "application/json"), id, data);
                sender.send(TOPIC, example.source(), type, id, data.toString());

                String stage = data.get("stage").asText();
                switch (data.get("status").asText()) {
                    case "ACTIVE" -> {
                        awaitProfile(member, "cooperation.asMember." + stage, 1);
                        awaitProfile(lead, "cooperation.asLead." + stage, 1);
                    }
                    case "ON_HOLD" -> {
                        awaitProfile(member, "cooperation.onHold", 1);
                        awaitProfile(lead, "cooperation.activePartnerships", 0);
                    }
                    case "CLOSED" -> {
                        awaitProfile(lead, "cooperation.activePartnerships", 0);
                        awaitProfile(lead, "cooperation.asLead.SCOPING", 0);
                    }
                    default -> throw new AssertionError("unexpected status in the example of " + type);
                }
            }
        }
    }

    static String rewrite(String json, Map<String, String> ids) {
        String out = json;
        for (Map.Entry<String, String> e : ids.entrySet()) {
            out = out.replaceAll("\\b" + Pattern.quote(e.getKey()) + "\\b", e.getValue());
        }
        return out;
    }

    private static void awaitProfile(String code, String path, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when()
                .get("/api/v1/regions/" + code).then().statusCode(200).body(path, equalTo(expected)));
    }
}
