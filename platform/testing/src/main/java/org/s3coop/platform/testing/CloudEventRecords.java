package org.s3coop.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads CloudEvents (binary mode) back from a real topic with a plain Kafka consumer, as a dashboard would.
 */
public final class CloudEventRecords implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record: its key, its headers (ce_* and content-type) and its JSON data. */
    public record Event(String key, Map<String, String> headers, JsonNode data, long offset, int partition) {
        public String id() {
            return headers.get("ce_id");
        }

        public String type() {
            return headers.get("ce_type");
        }

        public String subject() {
            return headers.get("ce_subject");
        }
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Event> seen = new ArrayList<>();

    public CloudEventRecords(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of(topic));
    }

    /** Polls until at least {@code count} events match, then returns all matching events seen, in topic order. */
    public List<Event> await(Predicate<Event> filter, int count, Duration timeout) {
        List<Event> matching = new ArrayList<>();
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            matching.clear();
            seen.stream().filter(filter).forEach(matching::add);
            return matching.size() >= count;
        });
        return List.copyOf(matching);
    }

    /** Polls for a while and returns every event seen so far that matches. */
    public List<Event> drain(Predicate<Event> filter, Duration quiet) {
        long until = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < until) {
            poll();
        }
        return seen.stream().filter(filter).toList();
    }

    private void poll() {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
            Map<String, String> headers = new HashMap<>();
            for (Header h : r.headers()) {
                headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
            try {
                seen.add(new Event(r.key(), headers, r.value() == null ? null : JSON.readTree(r.value()), r.offset(),
                        r.partition()));
            } catch (Exception e) {
                seen.add(new Event(r.key(), headers, null, r.offset(), r.partition()));
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
