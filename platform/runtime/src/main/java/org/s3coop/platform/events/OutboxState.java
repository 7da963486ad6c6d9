package org.s3coop.platform.events;

import java.util.EnumSet;
import java.util.Set;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * The state of an outbox row ({@code outbox_event.status}; the migration's CHECK constraint lists exactly these
 * names). A row is written PENDING with its change; the relay sends PENDING rows in {@code seq} order:
 * <ul>
 * <li>PENDING → PUBLISHED once Kafka acknowledged the record (kept for {@code s3coop.outbox.retention}, then
 * deleted);</li>
 * <li>PENDING → FAILED when Kafka can never take the record (too large, invalid topic): kept for an operator, never
 * sent again;</li>
 * <li>PENDING stays PENDING on any other failure (Kafka away, no acknowledgement in time): {@code attempts} and
 * {@code last_error} grow, and the next sweep sends it again.</li>
 * </ul>
 * PUBLISHED and FAILED are final.
 */
public enum OutboxState {
    PENDING,
    PUBLISHED,
    FAILED;

    /** The states a row in this state may move to (a retry keeps a PENDING row PENDING). */
    public Set<OutboxState> next() {
        return this == PENDING ? EnumSet.allOf(OutboxState.class) : EnumSet.noneOf(OutboxState.class);
    }

    public boolean canBecome(OutboxState state) {
        return next().contains(state);
    }

    /**
     * The state a PENDING row moves to once the producer settled its record: {@code failure} is null when Kafka
     * acknowledged it, else why it did not.
     */
    public static OutboxState afterSend(Throwable failure) {
        if (failure == null) {
            return PUBLISHED;
        }
        if (failure instanceof RecordTooLargeException || failure instanceof InvalidTopicException) {
            return FAILED;
        }
        return PENDING;
    }
}
