package org.s3coop.platform.events;

import java.time.Duration;
import java.util.function.Function;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.s3coop.platform.persistence.SessionSql;
import org.s3coop.platform.readmodel.ReadModelStatement;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * Applies an incoming CloudEvent at most once. The event id is recorded in {@code processed_event} in the same
 * transaction as the read-model change, so a redelivered event changes nothing. A record that can never be
 * processed is nacked (the channel's dead-letter strategy sends it to {@code s3coop.dlq.<service>} with the
 * reason); a database that is away is waited for, so nothing is lost. An event applied already (a redelivery: after a
 * crash, or a rebalance before its offset was committed) is acknowledged without change and counted in
 * {@code s3coop_consumer_duplicates_total{consumer}}. The event is applied under the consumer's span
 * ({@link EventTracing}), so what the handler writes to the outbox continues the event's trace.
 */
@ApplicationScoped
public class IdempotentConsumer {
    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    ObjectMapper json;
    @Inject
    EventTracing tracing;
    @Inject
    MeterRegistry registry;
    @Inject
    Pool pool;

    private static final String FIRST_DELIVERY = ReadModelStatement.recordProcessed(1, 2);

    private volatile boolean stopping;

    /** From now on a record that fails is left unacknowledged: Kafka delivers it again after the restart. */
    void stopping(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Applies the event with {@code handler} inside a Hibernate Reactive transaction (for a consumer that works with
     * entities), after recording it in {@code processed_event} on the same connection.
     */
    public Uni<Void> consume(Message<?> message, String consumer, Function<IncomingEvent, Uni<Void>> handler) {
        return applyOnce(message, consumer, event -> Panache.withTransaction(() -> firstDelivery(consumer, event.id())
                .chain(first -> first ? handler.apply(event).replaceWith(true) : Uni.createFrom().item(false))));
    }

    /**
     * Applies the event as ONE statement on the pool, without a session or an explicit transaction: {@code change}
     * answers the read model's {@link ReadModelStatement} for the event (or {@link ReadModelStatement#NONE} for a
     * type it does not read), which records the event in {@code processed_event} and changes the read model only on
     * its first delivery, atomically (one statement is one transaction).
     */
    public Uni<Void> consumeOnce(Message<?> message, String consumer,
            Function<IncomingEvent, ReadModelStatement.Change> change) {
        return applyOnce(message, consumer, event -> {
            ReadModelStatement.Change c = change.apply(event);
            return pool.preparedQuery(c.statement().sql()).execute(Tuple.from(c.with(consumer, event.id())))
                    .map(rows -> {
                        Row row = rows.iterator().next();
                        if (row.getLong(1) == 0) {
                            LOG.debugf("%s: %s %s changed nothing (an older version than the one held, or a type it "
                                    + "does not read)", consumer, event.type(), event.id());
                        }
                        return row.getLong(0) == 1;
                    });
        });
    }

    /**
     * Parses the record, runs {@code once} (answering whether it was the event's first delivery) under the
     * consumer's span, retrying while the failure is transient, and acks, leaves or nacks the record.
     */
    private Uni<Void> applyOnce(Message<?> message, String consumer, Function<IncomingEvent, Uni<Boolean>> once) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(message, json);
        } catch (PoisonEventException e) {
            return nack(message, e);
        }
        return tracing.applying(message, consumer, event, () -> Uni.createFrom()
                .deferred(() -> once.apply(event))
                .chain(first -> first ? Uni.createFrom().voidItem() : duplicate(consumer))
                .onFailure(IdempotentConsumer::isTransient)
                .invoke(f -> LOG.warnf("%s: %s %s not applied yet (%s); retrying", consumer, event.type(), event.id(), f))
                .onFailure(f -> isTransient(f) && !stopping).retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).indefinitely())
                .onItemOrFailure().transformToUni((ok, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    if (stopping && !(failure instanceof PoisonEventException)) {
                        // the database pool closes while the service stops: not the record's fault
                        LOG.infof("%s: %s %s left for redelivery (stopping: %s)", consumer, event.type(), event.id(),
                                failure.getMessage());
                        return Uni.createFrom().voidItem();
                    }
                    return nack(message, failure);
                });
    }

    private Uni<Void> duplicate(String consumer) {
        registry.counter("s3coop.consumer.duplicates", "consumer", consumer).increment();
        return Uni.createFrom().voidItem();
    }

    /** Records the event as processed by {@code consumer}; false when it was already (a redelivery). */
    private static Uni<Boolean> firstDelivery(String consumer, String eventId) {
        return SessionSql.update(FIRST_DELIVERY, consumer, eventId).map(rows -> rows == 1);
    }

    private static Uni<Void> nack(Message<?> message, Throwable reason) {
        LOG.warnf("dead-lettering a record: %s", reason.getMessage());
        return Uni.createFrom().completionStage(message.nack(reason));
    }

    static boolean isTransient(Throwable t) {
        if (t instanceof PoisonEventException) {
            return false;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("40") || pg.getSqlState().startsWith("08")
                            || pg.getSqlState().startsWith("57P") || pg.getSqlState().equals("23505"))) {
                return true;
            }
            if (c instanceof java.net.ConnectException || c instanceof java.net.SocketException
                    || c instanceof io.vertx.sqlclient.ClosedConnectionException) {
                return true;
            }
            String msg = String.valueOf(c.getMessage());
            // "Timeout": the reactive pool gave no connection within its acquire timeout (all busy, or the database
            // slow to answer): a record dead-lettered for that would be lost to the read model (ScaleOutIT found it)
            if (msg.equals("Timeout") || msg.contains("Pool closed") || msg.contains("Connection refused") || msg.contains("Timeout waiting for connection")
                    || msg.contains("Connection is not active") || msg.contains("Closed connection")
                    || msg.contains("Connection reset") || msg.contains("terminating connection")) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }
}
