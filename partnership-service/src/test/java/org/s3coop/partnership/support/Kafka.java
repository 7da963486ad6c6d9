package org.s3coop.partnership.support;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.SuiteInfrastructure;

/** Produces records to the suite's Kafka broker with a plain producer, as another service would. */
public final class Kafka {
    public static final String REGIONS = "s3coop.regions.v1";
    public static final String CHALLENGES = "s3coop.challenges.v1";
    public static final String PARTNERSHIPS = "s3coop.partnerships.v1";
    public static final String DLQ = "s3coop.dlq.partnership-service";

    private static KafkaProducer<String, String> producer;

    private Kafka() {
    }

    public static String bootstrap() {
        return SuiteInfrastructure.kafka().bootstrapServers();
    }

    public static CloudEventRecords reader(String topic) {
        return new CloudEventRecords(bootstrap(), topic);
    }

    /** CloudEvent binary-mode headers. */
    public static Map<String, String> ceHeaders(String id, String source, String type, String subject) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("ce_specversion", "1.0");
        h.put("ce_id", id);
        h.put("ce_source", source);
        h.put("ce_type", type);
        h.put("ce_subject", subject);
        h.put("ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        h.put("content-type", "application/json");
        return h;
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    public static String newEventId() {
        return UUID.randomUUID().toString();
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }
}
