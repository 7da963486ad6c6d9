package org.s3coop.partnership.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.s3coop.contracts.EventContract;
import org.s3coop.contracts.EventContract.Example;
import org.s3coop.partnership.support.Db;
import org.s3coop.partnership.support.Kafka;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.CloudEventSender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Consumer contract: the examples docs/asyncapi.yaml gives for the messages partnership-service receives (region
 * events; the challenge events it tracks) are sent with {@link CloudEventSender} and must land in its read models.
 *
 * <p>The examples name region ES51 and fixed challenge and partnership ids; this test <b>rewrites</b> them to fresh
 * ones per example before sending (so runs do not see each other). Everything else is sent as written.
 */
@QuarkusTest
class PartnershipEventConsumerContractTests {
    private static final EventContract CONTRACT = EventContract.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CloudEventSender sender;

    @BeforeAll
    static void connect() {
        sender = new CloudEventSender(Kafka.bootstrap());
    }

    @AfterAll
    static void close() {
        sender.close();
    }

    @Test
    void everyRegionAndChallengeExampleIsApplied() throws Exception {
        Set<String> types = CONTRACT.typesReceivedBy("partnership-service");
        assertThat(types).containsAll(CONTRACT.typesOn(Kafka.REGIONS)).contains("org.s3coop.challenge.raised.v1");
        int applied = 0;
        for (String type : types) {
            for (Example example : CONTRACT.examples(type)) {
                if (type.startsWith("org.s3coop.region.")) {
                    String code = Regions.newCode("ES");
                    JsonNode data = JSON.readTree(rewrite(example.payloadJson(),
                            Map.of(example.payload().get("code").asText(), code)));
                    sender.send(Kafka.REGIONS, example.source(), type, code, data.toString());
                    long version = data.get("version").asLong();
                    await().atMost(Duration.ofSeconds(30)).until(() -> Objects.equals(Regions.version(code), version));
                    assertThat(Db.single("select active from known_region where code = ?", code))
                            .isEqualTo(data.get("active").asBoolean());
                } else {
                    String challenge = UUID.randomUUID().toString();
                    String partnership = UUID.randomUUID().toString();
                    JsonNode data = JSON.readTree(rewrite(example.payloadJson(), Map.of(
                            example.payload().get("id").asText(), challenge,
                            example.payload().get("scope").get("ref").asText(), partnership)));
                    sender.send(Kafka.CHALLENGES, example.source(), type, challenge, data.toString());
                    long version = data.get("version").asLong();
                    await().atMost(Duration.ofSeconds(30)).until(() -> Objects.equals(number(Db.single(
                            "select version from tracked_challenge where id = ?", challenge)), version));
                    assertThat(Db.single("select status from tracked_challenge where id = ?", challenge))
                            .isEqualTo(data.get("status").asText());
                    assertThat(Db.single("select partnership_id from tracked_challenge where id = ?", challenge))
                            .hasToString(partnership);
                }
                applied++;
            }
        }
        assertThat(applied).isGreaterThanOrEqualTo(types.size());
    }

    private static Long number(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    static String rewrite(String json, Map<String, String> ids) {
        String out = json;
        for (Map.Entry<String, String> e : ids.entrySet()) {
            out = out.replaceAll("\\b" + Pattern.quote(e.getKey()) + "\\b", e.getValue());
        }
        return out;
    }
}
