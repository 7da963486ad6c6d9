package org.s3coop.platform.webhooks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.s3coop.platform.concurrent.BackgroundThread;
import org.s3coop.platform.events.Backoff;
import org.s3coop.platform.time.UtcClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Queues deliveries: one background thread per instance reads {@code s3coop.webhooks.topics} (the stream's topics)
 * in the consumer group {@code <service>-webhooks} (the instances share the partitions), matches each CloudEvent
 * against the subscriptions ({@link EventScope}; only events at or after a subscription's creation) and, in one
 * transaction per batch, stores the event once and a delivery per subscription that wants it. Offsets are committed
 * after that transaction: a crash before it reads the batch again, and the unique delivery per (subscription,
 * event) makes the second insert a no-op. Nothing is lost between Kafka and the delivery table.
 */
@ApplicationScoped
@IfBuildProperty(name = "s3coop.webhooks.enabled", stringValue = "true")
public class WebhookIngest {
    private static final Logger LOG = Logger.getLogger(WebhookIngest.class);
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    @ConfigProperty(name = "s3coop.service.name")
    String serviceName;
    @Inject
    WebhookConfig config;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final WebhookStore store = new WebhookStore();
    private final ObjectMapper json = new ObjectMapper();
    private volatile boolean running;
    private volatile BackgroundThread thread;
    private volatile KafkaConsumer<String, String> consumer;

    void start(@Observes StartupEvent event) {
        if (topics().isEmpty()) {
            LOG.warn("webhooks: no s3coop.webhooks.topics, nothing to deliver");
            return;
        }
        running = true;
        thread = BackgroundThread.start("webhook-ingest", this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.stop(() -> {
                KafkaConsumer<String, String> c = consumer;
                if (c != null) {
                    c.wakeup();
                }
            });
        }
    }

    private List<String> topics() {
        return config.topics().orElse(List.of()).stream().map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    private void loop() {
        Backoff backoff = new Backoff(MAX_WAIT);
        while (running) {
            try (KafkaConsumer<String, String> c = newConsumer()) {
                consumer = c;
                // a pattern: topics that do not exist yet are picked up when they are created, without warnings
                c.subscribe(Pattern.compile(topics().stream().map(Pattern::quote).collect(Collectors.joining("|"))));
                while (running) {
                    ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(500));
                    if (records.isEmpty()) {
                        continue;
                    }
                    int queued;
                    try {
                        queued = ingest(records);
                    } catch (SQLException | RuntimeException notStored) {
                        // read the batch again with the same consumer: closing it would make the group rebalance, and
                        // the partitions wait for that (up to the session timeout) as well as for the database
                        rewind(c, records);
                        if (!BackgroundThread.pauseAfter(LOG, "webhook ingest", notStored, backoff.next())) {
                            break;
                        }
                        continue;
                    }
                    if (queued > 0) {
                        dispatcher.wake(); // committed in the database: deliverable before the offsets are
                    }
                    c.commitSync(offsets(records));
                    backoff.reset();
                }
            } catch (WakeupException e) {
                break;
            } catch (Exception e) {
                // Kafka failed (the database's failures rewind above): a new consumer starts again from the last
                // committed offsets
                if (!running || !BackgroundThread.pauseAfter(LOG, "webhook ingest", e, backoff.next())) {
                    break;
                }
            } finally {
                consumer = null;
            }
        }
    }

    /** Stores the batch's wanted events and their deliveries in one transaction; how many deliveries are new. */
    int ingest(ConsumerRecords<String, String> records) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<WebhookStore.Rule> rules = store.rules(c);
                int queued = 0;
                if (!rules.isEmpty()) {
                    OffsetDateTime now = UtcClock.now();
                    for (ConsumerRecord<String, String> r : records) {
                        queued += queue(c, rules, WebhookEvent.of(r), now);
                    }
                }
                c.commit();
                return queued;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private int queue(Connection c, List<WebhookStore.Rule> rules, WebhookEvent e, OffsetDateTime now)
            throws SQLException {
        if (e == null) {
            return 0;
        }
        JsonNode data;
        try {
            data = json.readTree(e.data());
        } catch (Exception notJson) {
            data = null;
        }
        Long ref = null;
        int queued = 0;
        for (WebhookStore.Rule rule : rules) {
            if (rule.wants(e, data)) {
                ref = ref == null ? store.storeEvent(c, e, now) : ref;
                queued += store.enqueue(c, rule.id(), ref, e, now) ? 1 : 0;
            }
        }
        return queued;
    }

    /** Moves the consumer back to the first record of the batch on each of its partitions. */
    private static void rewind(KafkaConsumer<String, String> c, ConsumerRecords<String, String> records) {
        for (TopicPartition p : records.partitions()) {
            c.seek(p, records.records(p).get(0).offset());
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> offsets(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (TopicPartition p : records.partitions()) {
            List<ConsumerRecord<String, String>> rs = records.records(p);
            next.put(p, new OffsetAndMetadata(rs.get(rs.size() - 1).offset() + 1));
        }
        return next;
    }

    private KafkaConsumer<String, String> newConsumer() {
        Properties props = new Properties();
        kafkaConfig.forEach((k, v) -> {
            if (v != null) {
                props.put(k, v);
            }
        });
        props.put(ConsumerConfig.GROUP_ID_CONFIG, serviceName + "-webhooks");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, serviceName + "-webhooks");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.putIfAbsent(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        props.putIfAbsent(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000");
        // an instance that died hands its partitions over within seconds, not the default 45
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "3000");
        return new KafkaConsumer<>(props);
    }
}
