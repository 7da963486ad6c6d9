package org.s3coop.platform.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes the outbox to Kafka: one background thread per service instance. It wakes when the outbox trigger
 * notifies its {@link OutboxConnection} (an insert committed), so events leave right after commit, and at least
 * every {@code s3coop.outbox.sweep-interval}, which retries while Kafka is away. Each round publishes batches of
 * PENDING records under a transaction-scoped advisory lock (one relay per database at a time, so several replicas
 * keep each aggregate's events in order): {@link OutboxStore} reads and writes the rows, {@link OutboxSender}
 * decides each record's next {@link OutboxState}. After a failed round it waits (200 ms, doubling up to twice the
 * sweep interval) and starts again.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(10);
    private static final Duration FINISH_ROUND = Duration.ofSeconds(3);

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
    MeterRegistry registry;

    @Inject
    EventTracing tracing;

    private final OutboxStore store = new OutboxStore();
    private final Periodic cleanup = new Periodic(CLEANUP_INTERVAL);
    private OutboxMetrics metrics;
    private OutboxConnection connection;
    private OutboxProducer producer;
    private OutboxSender sender;
    private OutboxTracing tracer;
    private String source;
    private volatile boolean running;
    private volatile Thread thread;

    void start(@Observes StartupEvent event) {
        metrics = new OutboxMetrics(registry, store::count, sweepInterval);
        if (!enabled) {
            return;
        }
        connection = new OutboxConnection(jdbcUrl, user, password, serviceName + "-outbox-relay", sweepInterval);
        producer = new OutboxProducer(kafkaConfig, serviceName, sendTimeout);
        sender = new OutboxSender(sendTimeout);
        tracer = tracing.outbox();
        source = "/s3coop/" + serviceName;
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Lets the round in progress finish before the relay stops: a batch in flight is written back as PUBLISHED, so a
     * graceful stop sends nothing twice (the wait for notifications ends within one sweep interval). Interrupted only
     * if the round takes longer (Kafka away: its unacknowledged records stay PENDING and are sent again).
     */
    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(sweepInterval.plus(FINISH_ROUND).toMillis());
                if (t.isAlive()) {
                    t.interrupt();
                    t.join(FINISH_ROUND.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close();
        }
        if (connection != null) {
            connection.close();
        }
    }

    private void loop() {
        Backoff backoff = new Backoff(sweepInterval.multipliedBy(2));
        while (running) {
            try {
                Connection c = connection.get();
                while (running && publishBatch(c) == batchSize) {
                    // a full batch: there may be more right away
                }
                count(c);
                deleteOldPublished(c);
                backoff.reset();
                int notes = connection.awaitNotifications(sweepInterval);
                if (notes > 0) {
                    LOG.tracef("outbox notified (%d)", notes);
                }
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                long wait = backoff.next();
                LOG.warnf("outbox relay: %s; retrying in %d ms", e.toString(), wait);
                if (e instanceof SQLException) {
                    connection.close();
                } else {
                    countAfterFailure();
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    break;
                }
            }
        }
    }

    /**
     * Counts the outbox into the gauges when due ({@link OutboxMetrics}): after a round, so that nothing stands between
     * a notification and the publishing, and after a failed one (Kafka away), so that the backlog shows.
     */
    private void count(Connection c) throws SQLException {
        if (metrics.refresh(c)) {
            c.commit();
        }
    }

    private void countAfterFailure() {
        try {
            count(connection.get());
        } catch (SQLException e) {
            connection.close();
        }
    }

    /**
     * Publishes up to one batch in one transaction; returns how many records it handled (0 when another relay holds
     * the lock). Throws when Kafka did not take the whole batch, after writing back what it did take.
     */
    int publishBatch(Connection c) throws SQLException {
        try {
            List<OutboxRecord> batch = store.lockAndReadPending(c, batchSize);
            if (batch == null) {
                c.rollback();
                return 0;
            }
            if (batch.isEmpty()) {
                c.commit();
                return 0;
            }
            KafkaProducer<String, String> kafka = producer.get();
            BatchOutcome outcome = sender.send(batch, r -> tracer.publish(kafka, r, source));
            store.write(c, outcome);
            c.commit();
            metrics.published(outcome.published().size());
            if (!outcome.settled()) {
                throw new IllegalStateException("Kafka did not take the outbox: " + outcome.error());
            }
            return batch.size();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // connection is broken; the loop reconnects
            }
            throw e;
        }
    }

    private void deleteOldPublished(Connection c) throws SQLException {
        if (!cleanup.due(System.nanoTime())) {
            return;
        }
        store.deletePublished(c, retention);
        c.commit();
    }
}
