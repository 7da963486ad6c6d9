package org.s3coop.platform.readmodel;

import java.util.Arrays;

/**
 * A read model's change for one event written as ONE SQL statement that also records the event as processed: the
 * statement begins with {@code first_delivery}, the event's {@code processed_event} insert ({@code on conflict do
 * nothing returning 1}), and the read model's CTEs change anything only {@link #ON_FIRST_DELIVERY}. Run on its own
 * (autocommit) the statement is its own transaction: the change and the event's row commit together or not at all,
 * in one round trip, without a session ({@code org.s3coop.platform.events.IdempotentConsumer#consumeOnce}).
 *
 * <p>The read model writes its CTEs with its own parameters {@code $1..$n}; the consumer's name and the event id are
 * {@code $n+1} and {@code $n+2}. The statement answers one row: whether this was the first delivery (1 or 0) and
 * what {@code changed} counts (0: the event was stale, an older version than the one held).
 */
public final class ReadModelStatement {
    /** The condition every CTE of the read model that writes puts on its rows. */
    public static final String ON_FIRST_DELIVERY = "exists (select 1 from first_delivery)";

    private static final String RECORD = "insert into processed_event (consumer, event_id) values ($%d, $%d) "
            + "on conflict do nothing";

    /**
     * The insert that records an event as processed by a consumer ({@code $consumer}, {@code $eventId}: their
     * positions), changing no row when it was already: the one text of it, also for a consumer's transaction
     * ({@code IdempotentConsumer.consume}).
     */
    public static String recordProcessed(int consumer, int eventId) {
        return RECORD.formatted(consumer, eventId);
    }

    /** An event the consumer does not read (another type, a later major version): only recorded as processed. */
    public static final Change NONE = new ReadModelStatement(0, "with first_delivery as (" + recordProcessed(1, 2)
            + " returning 1) select (select count(*) from first_delivery), 0").bind();

    private final int parameters;
    private final String sql;

    private ReadModelStatement(int parameters, String sql) {
        this.parameters = parameters;
        this.sql = sql;
    }

    /**
     * @param parameters how many parameters the CTEs use ({@code $1..$parameters})
     * @param ctes       the read model's CTEs ({@code name as (...), ...}), each one that writes gated by
     *                   {@link #ON_FIRST_DELIVERY}
     * @param changed    an SQL expression of what the change did (a count; 0 when the event was stale)
     */
    public static ReadModelStatement of(int parameters, String ctes, String changed) {
        if (!ctes.contains(ON_FIRST_DELIVERY)) {
            throw new IllegalArgumentException("a read model's change must be gated by " + ON_FIRST_DELIVERY);
        }
        return new ReadModelStatement(parameters, "with first_delivery as ("
                + recordProcessed(parameters + 1, parameters + 2) + " returning 1), " + ctes
                + " select (select count(*) from first_delivery), " + changed);
    }

    /** The statement with its parameters' values ({@code $1..$n}, in order). */
    public Change bind(Object... values) {
        if (values.length != parameters) {
            throw new IllegalArgumentException("expected " + parameters + " parameters, got " + values.length);
        }
        return new Change(this, values);
    }

    /** The statement's text: {@code $n+1} is the consumer's name, {@code $n+2} the event id. */
    public String sql() {
        return sql;
    }

    /** One event's change: the statement and its values. */
    public record Change(ReadModelStatement statement, Object[] values) {
        /** The values followed by the consumer's name and the event id. */
        public Object[] with(String consumer, String eventId) {
            Object[] all = Arrays.copyOf(values, values.length + 2);
            all[values.length] = consumer;
            all[values.length + 1] = eventId;
            return all;
        }
    }
}
