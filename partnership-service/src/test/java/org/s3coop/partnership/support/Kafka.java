package org.s3coop.partnership.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.CloudEventSender;
import org.s3coop.platform.testing.SuiteInfrastructure;

/** Produces records to the suite's Kafka broker with a plain producer, as another service would. */
public final class Kafka {
    public static final String REGIONS = "s3coop.regions.v1";
    public static final String CHALLENGES = "s3coop.challenges.v1";
    public static final String PARTNERSHIPS = "s3coop.partnerships.v1";
    public static final String DLQ = "s3coop.dlq.partnership-service";

    private static CloudEventSender sender;

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
        return CloudEventSender.headers(id, source, type, subject);
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        sender().send(record);
    }

    public static String newEventId() {
        return UUID.randomUUID().toString();
    }

    private static synchronized CloudEventSender sender() {
        if (sender == null) {
            sender = new CloudEventSender(bootstrap());
        }
        return sender;
    }
}
