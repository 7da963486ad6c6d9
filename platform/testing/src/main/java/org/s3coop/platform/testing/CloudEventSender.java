package org.s3coop.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /** Sends a CloudEvent with the given id (send it twice to simulate a redelivery). */
    public void send(String topic, String id, String source, String type, String key, String json) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", source, "ce_type", type, "ce_subject", key,
                "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString(), "content-type", "application/json")
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        sendRecord(new ProducerRecord<>(topic, null, key, json, headers));
    }

    /** Sends a record without CloudEvent headers and with whatever value: a poison record. */
    public void sendRaw(String topic, String key, String value) {
        sendRecord(new ProducerRecord<>(topic, key, value));
    }

    private void sendRecord(ProducerRecord<String, String> record) {
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
