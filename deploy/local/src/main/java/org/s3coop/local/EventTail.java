package org.s3coop.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints the CloudEvents of a topic as a dashboard would read them: one block per record with its key, its
 * {@code ce_*} headers and its JSON data. {@code tail-events.sh TOPIC [--subject ID] [--follow]}.
 */
public final class EventTail {
    private EventTail() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: tail-events.sh TOPIC [--subject ID] [--follow]   e.g. s3coop.regions.v1");
            System.exit(2);
        }
        String topic = args[0];
        String subject = null;
        boolean follow = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--follow")) {
                follow = true;
            } else if (args[i].equals("--subject") && i + 1 < args.length) {
                subject = args[++i];
            }
        }
        String bootstrap = System.getenv().getOrDefault("S3COOP_KAFKA_BOOTSTRAP",
                "localhost:" + System.getenv().getOrDefault("S3COOP_KAFKA_PORT", "9092"));
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "tail-events-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        int printed = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            int idlePolls = 0;
            while (follow || idlePolls < 6) {
                var records = consumer.poll(Duration.ofMillis(500));
                idlePolls = records.isEmpty() ? idlePolls + 1 : 0;
                for (ConsumerRecord<String, String> r : records) {
                    if (subject != null && !subject.equals(r.key())) {
                        continue;
                    }
                    StringBuilder sb = new StringBuilder();
                    sb.append("key=").append(r.key()).append(" partition=").append(r.partition())
                            .append(" offset=").append(r.offset()).append('\n');
                    for (Header h : r.headers()) {
                        sb.append("  ").append(h.key()).append(": ")
                                .append(h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8)).append('\n');
                    }
                    sb.append("  data: ").append(r.value());
                    System.out.println(sb);
                    printed++;
                }
            }
        }
        System.out.println(printed + " event(s) on " + topic + (subject == null ? "" : " for " + subject));
    }
}
