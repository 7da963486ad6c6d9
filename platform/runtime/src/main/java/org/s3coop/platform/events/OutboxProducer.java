package org.s3coop.platform.events;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's Kafka producer, created on first use from the application's {@code kafka.*} configuration:
 * {@code acks=all} and idempotent (so a retried send does not duplicate a record within a producer session), a
 * delivery timeout of {@code s3coop.outbox.send-timeout}, and short blocking and request timeouts unless configured.
 * {@code linger.ms} is 0 unless configured: a record leaves as soon as it is handed over (the relay hands a whole batch
 * over at once, and the records handed over while a request is in flight still go together in the next one), where
 * Kafka's own default (5 ms since 4.0) and the 1 ms set before both waited on every round with one event
 * (docs/performance.md, "Issue 18, stop 25: event latency").
 *
 * <p>Order: the relay hands records over in {@code seq} order, round after round, without waiting for the earlier
 * rounds' acknowledgements. An idempotent producer keeps the order of the records it was given per partition (so per
 * aggregate key) with up to 5 requests in flight per connection, retries included (the broker checks each batch's
 * sequence number); {@code max.in.flight.requests.per.connection} is 5 unless configured (more is refused with
 * idempotence on). A record Kafka does not take at all (delivery timeout) may be overtaken by a later one of the same
 * key that was in flight with it: the relay then stops handing over and sends the failed one again, as it did within
 * one batch before.
 */
final class OutboxProducer implements AutoCloseable {
    private final Map<String, Object> kafkaConfig;
    private final String serviceName;
    private final Duration sendTimeout;
    private KafkaProducer<String, String> producer;

    OutboxProducer(Map<String, Object> kafkaConfig, String serviceName, Duration sendTimeout) {
        this.kafkaConfig = kafkaConfig;
        this.serviceName = serviceName;
        this.sendTimeout = sendTimeout;
    }

    static Properties properties(Map<String, Object> kafkaConfig, String serviceName, Duration sendTimeout) {
        Properties props = new Properties();
        kafkaConfig.forEach((k, v) -> {
            if (!k.startsWith("bootstrap.servers") || v != null) {
                props.put(k, v);
            }
        });
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-outbox");
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(sendTimeout.toMillis()));
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.putIfAbsent(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.putIfAbsent(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        return props;
    }

    KafkaProducer<String, String> get() {
        if (producer == null) {
            producer = new KafkaProducer<>(properties(kafkaConfig, serviceName, sendTimeout));
        }
        return producer;
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
