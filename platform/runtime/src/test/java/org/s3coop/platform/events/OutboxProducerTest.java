package org.s3coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class OutboxProducerTest {
    @Test
    void publishesDurablyWithTheApplicationsKafkaSettings() {
        Properties p = OutboxProducer.properties(
                Map.of("bootstrap.servers", "kafka:9092", "security.protocol", "SSL", "acks", "1"),
                "region-service", Duration.ofSeconds(10));

        assertThat(p).containsEntry("bootstrap.servers", "kafka:9092")
                .containsEntry("security.protocol", "SSL")
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("client.id", "region-service-outbox")
                .containsEntry("key.serializer", "org.apache.kafka.common.serialization.StringSerializer")
                .containsEntry("value.serializer", "org.apache.kafka.common.serialization.StringSerializer")
                .containsEntry("delivery.timeout.ms", "10000")
                .containsEntry("max.block.ms", "5000")
                .containsEntry("request.timeout.ms", "5000")
                .containsEntry("linger.ms", "0")
                .as("per-partition order with the relay's rounds in flight together (idempotent: at most 5)")
                .containsEntry("max.in.flight.requests.per.connection", "5")
                .containsEntry("reconnect.backoff.max.ms", "1000");
    }

    @Test
    void timeoutsConfiguredForKafkaWin() {
        Properties p = OutboxProducer.properties(Map.of("max.block.ms", "60000", "delivery.timeout.ms", "120000",
                "linger.ms", "5"), "challenge-service", Duration.ofSeconds(10));

        assertThat(p).containsEntry("max.block.ms", "60000")
                .containsEntry("delivery.timeout.ms", "120000")
                .containsEntry("linger.ms", "5");
    }

    @Test
    void anUnsetBootstrapAddressIsLeftOut() {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", null);

        assertThat(OutboxProducer.properties(config, "s", Duration.ofSeconds(1))).doesNotContainKey("bootstrap.servers");
    }
}
