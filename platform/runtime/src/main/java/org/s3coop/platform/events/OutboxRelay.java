package org.s3coop.platform.events;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes the outbox to Kafka. One background thread holds a JDBC connection that LISTENs for the
 * {@code s3coop_outbox} notification (sent by a trigger when an insert commits), so events leave right after
 * commit; it also sweeps every {@code s3coop.outbox.sweep-interval}, which retries while Kafka is away.
 *
 * <p>States: PENDING (written, not yet acknowledged by Kafka) → PUBLISHED; FAILED only for records Kafka can
 * never accept (too large, invalid topic). A transaction-scoped advisory lock lets one relay per database publish
 * at a time, so several replicas keep each aggregate's events in order.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x53_33_63_6f_6f_70L; // "S3coop"

    @ConfigProperty(name = "s3coop.service.name")
    String serviceName;
    @ConfigProperty(name = "s3coop.outbox.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "s3coop.outbox.sweep-interval", defaultValue = "2s")
    Duration sweepInterval;
    @ConfigProperty(name = "s3coop.outbox.batch-size", defaultValue = "500")
    int batchSize;
    @ConfigProperty(name = "s3coop.outbox.send-timeout", defaultValue = "10s")
    Duration sendTimeout;
    @ConfigProperty(name = "s3coop.outbox.retention", defaultValue = "P7D")
    Duration retention;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry metrics;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private Counter published;
    private volatile boolean running;
    private volatile Thread thread;
    private KafkaProducer<String, String> producer;
    private Connection connection;
    private long lastCleanup;
    private long lastFailedCount = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

    void start(@Observes StartupEvent event) {
        metrics.gauge("s3coop.outbox.pending", pending);
        metrics.gauge("s3coop.outbox.failed", failed);
        published = metrics.counter("s3coop.outbox.published");
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
        closeConnection();
    }

    /** Events written but not yet acknowledged by Kafka. */
    public long pendingCount() {
        return pending.get();
    }

    private void loop() {
        long backoff = 200;
        while (running) {
            try {
                Connection c = connection();
                refreshCounts(c);
                while (running && publishBatch(c) == batchSize) {
                    // a full batch: there may be more right away
                }
                refreshCounts(c);
                cleanup(c);
                backoff = 200;
                PGNotification[] notes = c.unwrap(PGConnection.class).getNotifications((int) sweepInterval.toMillis());
                if (notes != null && notes.length > 0) {
                    LOG.tracef("outbox notified (%d)", notes.length);
                }
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                LOG.warnf("outbox relay: %s; retrying in %d ms", e.toString(), backoff);
                if (e instanceof SQLException) {
                    closeConnection();
                }
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    break;
                }
                backoff = Math.min(backoff * 2, sweepInterval.toMillis() * 2);
            }
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            Properties p = new Properties();
            user.ifPresent(u -> p.setProperty("user", u));
            password.ifPresent(pw -> p.setProperty("password", pw));
            p.setProperty("ApplicationName", serviceName + "-outbox-relay");
            p.setProperty("connectTimeout", "5");
            p.setProperty("socketTimeout", String.valueOf(Math.max(30, sweepInterval.toSeconds() * 3)));
            Connection c = DriverManager.getConnection(jdbcUrl, p);
            try (Statement st = c.createStatement()) {
                st.execute("LISTEN s3coop_outbox");
            }
            c.setAutoCommit(false);
            c.commit();
            connection = c;
        }
        return connection;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already gone
            }
            connection = null;
        }
    }

    private record Row(long seq, String id, String topic, String key, String type, String subject,
            OffsetDateTime time, String payload) {
    }

    /** Publishes up to one batch; returns how many rows it handled. */
    int publishBatch(Connection c) throws SQLException {
        try {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select pg_try_advisory_xact_lock(" + LOCK_KEY + ")")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    c.rollback();
                    return 0;
                }
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select seq, event_id, topic, record_key, event_type, subject, "
                    + "occurred_at, payload from outbox_event where status = 'PENDING' order by seq limit ?")) {
                ps.setInt(1, batchSize);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8)));
                    }
                }
            }
            if (rows.isEmpty()) {
                c.commit();
                return 0;
            }
            List<Long> done = new ArrayList<>();
            Map<Long, String> poisoned = new HashMap<>();
            String error = send(rows, done, poisoned);
            mark(c, "update outbox_event set status = 'PUBLISHED', published_at = now(), attempts = attempts + 1 "
                    + "where seq = any(?)", done, null);
            for (Map.Entry<Long, String> p : poisoned.entrySet()) {
                mark(c, "update outbox_event set status = 'FAILED', attempts = attempts + 1, last_error = ? where seq = any(?)",
                        List.of(p.getKey()), p.getValue());
            }
            if (error != null) {
                List<Long> rest = rows.stream().map(Row::seq).filter(s -> !done.contains(s) && !poisoned.containsKey(s))
                        .toList();
                mark(c, "update outbox_event set attempts = attempts + 1, last_error = ? where seq = any(?)", rest, error);
            }
            c.commit();
            published.increment(done.size());
            if (error != null) {
                throw new IllegalStateException("Kafka did not take the outbox: " + error);
            }
            return rows.size();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // connection is broken; the caller reconnects
            }
            throw e;
        }
    }

    /**
     * Sends rows in order and waits for every acknowledgement. Stops sending at the first failure to hand a record
     * to the producer, and returns the first failure's message; every acknowledged record counts as published (a
     * failed one is retried by the next sweep; consumers ignore an event older than the version they hold).
     */
    private String send(List<Row> rows, List<Long> done, Map<Long, String> poisoned) {
        KafkaProducer<String, String> p = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        String source = "/s3coop/" + serviceName;
        int sent = 0;
        String error = null;
        for (Row r : rows) {
            try {
                ProducerRecord<String, String> record = new ProducerRecord<>(r.topic(), null, r.key(), r.payload(),
                        CloudEventHeaders.of(r.id(), source, r.type(), r.subject(), r.time()));
                acks.add(p.send(record));
                sent++;
            } catch (RuntimeException e) {
                error = e.toString();
                break;
            }
        }
        // The producer fails a record it could not deliver within delivery.timeout.ms (= send-timeout); waiting a
        // little longer lets every future settle, so a record delivered late is not taken for lost and sent again.
        long deadline = System.nanoTime() + sendTimeout.toNanos() + TimeUnit.SECONDS.toNanos(5);
        for (int i = 0; i < sent; i++) {
            Row r = rows.get(i);
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                // Acknowledged means on the topic, even after an earlier record of the batch failed: marking it
                // PUBLISHED keeps the next sweep from publishing it a second time (the Kafka-outage system test
                // counted 728 such duplicates of 1,000 events when this waited for the whole batch to succeed).
                done.add(r.seq());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RecordTooLargeException || cause instanceof InvalidTopicException) {
                    poisoned.put(r.seq(), cause.toString());
                } else if (error == null) {
                    error = String.valueOf(cause);
                }
            } catch (java.util.concurrent.TimeoutException e) {
                if (error == null) {
                    error = "no acknowledgement within " + sendTimeout;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (error == null) {
                    error = "interrupted";
                }
            }
        }
        return error;
    }

    private static void mark(Connection c, String sql, List<Long> seqs, String error) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Array array = c.createArrayOf("bigint", seqs.toArray());
            int i = 1;
            if (error != null) {
                ps.setString(i++, error.length() > 1000 ? error.substring(0, 1000) : error);
            }
            ps.setArray(i, array);
            ps.executeUpdate();
        }
    }

    /**
     * Updates the gauges. The pending count reads the partial index of pending rows, so it stays cheap however many
     * published rows the retention keeps; the failed count has no such index (failures are rare) and is refreshed
     * once per sweep interval only. (Counting both over {@code status <> 'PUBLISHED'} scanned the whole table twice
     * per relay loop: tens of milliseconds between a commit and its publication once the table held a few tens of
     * thousands of rows, see docs/performance.md.)
     */
    private void refreshCounts(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select count(*) from outbox_event where status = 'PENDING'")) {
                rs.next();
                pending.set(rs.getLong(1));
            }
            long now = System.nanoTime();
            if (now - lastFailedCount >= sweepInterval.toNanos()) {
                lastFailedCount = now;
                try (ResultSet rs = st.executeQuery("select count(*) from outbox_event where status = 'FAILED'")) {
                    rs.next();
                    failed.set(rs.getLong(1));
                }
            }
        }
        c.commit();
    }

    private void cleanup(Connection c) throws SQLException {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < TimeUnit.MINUTES.toMillis(10)) {
            return;
        }
        lastCleanup = now;
        try (PreparedStatement ps = c.prepareStatement(
                "delete from outbox_event where status = 'PUBLISHED' and published_at < now() - make_interval(secs => ?)")) {
            ps.setLong(1, retention.toSeconds());
            ps.executeUpdate();
        }
        c.commit();
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
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
            props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "1");
            props.putIfAbsent(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }
}
