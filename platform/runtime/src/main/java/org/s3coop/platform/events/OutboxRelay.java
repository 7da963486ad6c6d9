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
 * every {@code s3coop.outbox.sweep-interval}, which retries while Kafka is away. Only the relay that holds the
 * session-scoped advisory lock reads and sends (one relay per database at a time, so several replicas keep each
 * aggregate's events in order; the others stand by and try again on each wake-up). Each round reads the PENDING
 * records not already in flight and hands them to the producer without waiting for the acknowledgements of the
 * rounds before (pipelined: an event that commits while earlier ones are in flight leaves at once); at most
 * {@code s3coop.outbox.batch-size} records are in flight. Records are marked as Kafka acknowledges them, a batch of
 * marks per commit, never before: a crash re-sends what was not marked (at-least-once). {@link OutboxStore} reads
 * and writes the rows, {@link OutboxSender} holds the records in flight and decides each one's next
 * {@link OutboxState}. When Kafka did not take a record, the relay hands nothing more over, waits for the records in
 * flight, writes back what happened to each, then waits (200 ms, doubling up to twice the sweep interval) and
 * starts again.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(10);
    private static final Duration FINISH_ROUND = Duration.ofSeconds(3);
    /** How long the relay waits for notifications while records are in flight, before it looks for their acks. */
    private static final Duration ACK_POLL = Duration.ofMillis(5);

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
    private Periodic sweep;
    /** The connection that holds the advisory lock (the lock goes with it when it closes). */
    private Connection lockedOn;
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
        sweep = new Periodic(sweepInterval);
        tracer = tracing.outbox();
        source = "/s3coop/" + serviceName;
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Lets the relay finish before it stops: the records in flight are waited for and written back as PUBLISHED, so a
     * graceful stop sends nothing twice (the wait for notifications ends within one sweep interval). Interrupted only
     * if that takes longer (Kafka away: its unacknowledged records stay PENDING and are sent again).
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
        boolean readDue = true;
        while (running) {
            try {
                Connection c = connection.get();
                if (room() > 0 && (readDue || sweep.due(System.nanoTime()))) {
                    readDue = publishRound(c);
                }
                writeBack(c);
                count(c);
                deleteOldPublished(c);
                backoff.reset();
                if (!readDue || room() == 0) {
                    int notes = connection.awaitNotifications(sender.inFlight() == 0 ? sweepInterval : ACK_POLL);
                    readDue |= notes > 0;
                }
            } catch (Exception e) {
                readDue = true;
                if (!running) {
                    break;
                }
                long wait = backoff.next();
                LOG.warnf("outbox relay: %s; retrying in %d ms", e.toString(), wait);
                // closing the connection releases the lock: while this relay backs off (Kafka away from it, say),
                // another replica may publish
                connection.close();
                if (!(e instanceof SQLException)) {
                    countAfterFailure();
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    break;
                }
            }
        }
        finish();
    }

    private int room() {
        return batchSize - sender.inFlight();
    }

    /**
     * Reads the PENDING records not in flight yet and hands them to the producer, if this relay holds the lock; true
     * when the read was full (more may be waiting).
     */
    private boolean publishRound(Connection c) throws SQLException {
        try {
            if (!holdsLock(c)) {
                return false;
            }
            int room = room();
            List<OutboxRecord> records = store.readPending(c, room, sender.held());
            if (!records.isEmpty()) {
                KafkaProducer<String, String> kafka = producer.get();
                sender.handOver(records, r -> tracer.publish(kafka, r, source));
            }
            c.commit();
            return records.size() == room;
        } catch (SQLException | RuntimeException e) {
            rollback(c);
            throw e;
        }
    }

    /** Takes the advisory lock once per connection: false while another relay holds it (this one stands by). */
    private boolean holdsLock(Connection c) throws SQLException {
        if (lockedOn != c) {
            boolean granted = store.tryLock(c);
            c.commit();
            if (!granted) {
                return false;
            }
            lockedOn = c;
        }
        return true;
    }

    /**
     * Writes back what Kafka answered so far, in one transaction. Once a record was not taken, waits for every
     * record in flight first and writes them all back; then throws, so that the loop backs off.
     */
    private void writeBack(Connection c) throws SQLException {
        BatchOutcome settled = sender.takeSettled();
        BatchOutcome rest = sender.failing() ? sender.drain() : null;
        write(c, settled);
        if (rest != null) {
            write(c, rest);
        }
        String error = settled.settled() && rest != null ? rest.error() : settled.error();
        if (error != null) {
            throw new IllegalStateException("Kafka did not take the outbox: " + error);
        }
    }

    private void write(Connection c, BatchOutcome outcome) throws SQLException {
        if (outcome.published().isEmpty() && outcome.failed().isEmpty() && outcome.retried().isEmpty()) {
            return;
        }
        try {
            store.write(c, outcome);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            rollback(c);
            throw e;
        }
        metrics.published(outcome.published().size());
    }

    /** A graceful stop: waits for the records in flight and writes them back. */
    private void finish() {
        if (sender == null || sender.inFlight() == 0) {
            return;
        }
        try {
            write(connection.get(), sender.drain());
        } catch (SQLException e) {
            LOG.warnf("outbox relay: %s; the records in flight stay PENDING and are sent again", e.toString());
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // connection is broken; the loop reconnects
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

    private void deleteOldPublished(Connection c) throws SQLException {
        if (!cleanup.due(System.nanoTime())) {
            return;
        }
        store.deletePublished(c, retention);
        c.commit();
    }
}
