package org.s3coop.challenge.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.s3coop.challenge.support.EventFeed;
import org.s3coop.contracts.EventContract;
import org.s3coop.contracts.EventContract.Example;
import org.s3coop.platform.testing.CloudEventSender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Consumer contract: the examples docs/asyncapi.yaml gives for the messages challenge-service receives (region and
 * partnership events) are sent with {@link CloudEventSender} and must land in its read models.
 *
 * <p>The examples name regions ES51, DE21, ITC4 and a fixed partnership id; this test <b>rewrites</b> them to fresh
 * ones per example before sending (so runs do not see each other), and a region's country with its code. Everything
 * else is sent as written.
 */
@QuarkusTest
class ChallengeEventConsumerContractTests {
    private static final EventContract CONTRACT = EventContract.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CloudEventSender sender;

    @BeforeAll
    static void connect() {
        sender = new CloudEventSender(EventFeed.bootstrap());
    }

    @AfterAll
    static void close() {
        sender.close();
    }

    @Test
    void everyRegionAndPartnershipExampleIsApplied() throws Exception {
        Set<String> types = CONTRACT.typesReceivedBy("challenge-service");
        assertThat(types).containsAll(CONTRACT.typesOn(EventFeed.REGIONS)).containsAll(CONTRACT.typesOn(EventFeed.PARTNERSHIPS));
        for (String type : types) {
            for (Example example : CONTRACT.examples(type)) {
                if (type.startsWith("org.s3coop.region.")) {
                    String code = EventFeed.newRegionCode();
                    String exampleCode = example.payload().get("code").asText();
                    // the country is the code's level 0 (RegionSnapshot refuses another): it is rewritten with it
                    JsonNode data = JSON.readTree(rewrite(example.payloadJson(),
                            Map.of(exampleCode, code, exampleCode.substring(0, 2), code.substring(0, 2))));
                    sender.send(EventFeed.REGIONS, example.source(), type, code, data.toString());
                    EventFeed.awaitRegionVersion(code, data.get("version").asLong());
                    assertThat(EventFeed.queryString("select active from known_region where code = ?", code))
                            .isIn(data.get("active").asBoolean() ? Set.of("t", "true") : Set.of("f", "false"));
                } else {
                    String id = UUID.randomUUID().toString();
                    String es = EventFeed.newRegionCode();
                    String de = EventFeed.newRegionCode();
                    String it = EventFeed.newRegionCode();
                    JsonNode data = JSON.readTree(rewrite(example.payloadJson(), Map.of(
                            example.payload().get("id").asText(), id, "ES51", es, "DE21", de, "ITC4", it)));
                    sender.send(EventFeed.PARTNERSHIPS, example.source(), type, id, data.toString());
                    EventFeed.awaitPartnershipVersion(id, data.get("version").asLong());
                    assertThat(EventFeed.queryString("select status from known_partnership where id = ?", id))
                            .isEqualTo(data.get("status").asText());
                    assertThat(EventFeed.queryString("select stage from known_partnership where id = ?", id))
                            .isEqualTo(data.get("stage").asText());
                    assertThat(EventFeed.queryString("select member_regions from known_partnership where id = ?", id))
                            .contains(es).contains(de);
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
}
