package org.s3coop.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes records to a real topic as another service would: CloudEvents in binary mode, or raw poison. */
public final class CloudEventSender implements AutoCloseable {
    private final KafkaProducer<String, String> producer;

    public CloudEventSender(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p);
    }

    /** Sends a CloudEvent with a fresh id and returns the id. */
    public String send(String topic, String source, String type, String key, String json) {
        String id = UUID.randomUUID().toString();
        send(topic, id, source, type, key, json);
        return id;
    }

    /** Sends a CloudEvent with the given id (send it twice to simulate a redelivery); subject = key. */
    public void send(String topic, String id, String source, String type, String key, String json) {
        send(topic, id, source, type, key, key, json);
    }

    /** Sends a CloudEvent whose subject differs from its record key (e.g. a vote keyed by its round). */
    public void send(String topic, String id, String source, String type, String key, String subject, String json) {
        RecordHeaders headers = new RecordHeaders();
        headers(id, source, type, subject).forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        send(new ProducerRecord<>(topic, null, key, json, headers));
    }

    /** The binary-mode CloudEvent headers of an event, to send as they are or to spoil for a poison record. */
    public static Map<String, String> headers(String id, String source, String type, String subject) {
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

    /** Sends a record without CloudEvent headers and with whatever value: a poison record. */
    public void sendRaw(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    /** Sends any record and waits for the broker's acknowledgement. */
    public void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
