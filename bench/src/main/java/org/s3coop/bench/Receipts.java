package org.s3coop.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stage events one subscriber received, each with its id, ce_time and receipt time; thread-safe (the Kafka
 * subscriber records from its own thread). The scenario decides afterwards which receipts it times (those whose
 * ce_time is in the {@link EventWindow}) and counts completeness over all of them: every accepted write's event,
 * warm-up included, by distinct id (a record sent twice, at-least-once, must not hide a lost one).
 */
final class Receipts {
    /** {@code handedOver}: the Kafka record's CreateTime (the producer's send, in ms), or null (SSE). */
    private record Receipt(Instant time, Instant handedOver, Instant receivedAt) {
    }

    private final List<Receipt> receipts = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private long unreadable;

    synchronized void add(String id, Instant time, Instant receivedAt) {
        add(id, time, null, receivedAt);
    }

    /** A Kafka receipt: {@code handedOver} is the record's CreateTime, when the relay handed it to its producer. */
    synchronized void add(String id, Instant time, Instant handedOver, Instant receivedAt) {
        receipts.add(new Receipt(time, handedOver, receivedAt));
        ids.add(id);
    }

    /** An event that could not be read (no id or ce_time): counted as an error of the figures. */
    synchronized void unreadable() {
        unreadable++;
    }

    /** Distinct events received. */
    synchronized long distinct() {
        return ids.size();
    }

    /** ce_time → receipt of every receipt whose ce_time is in {@code window} (duplicates timed as received). */
    synchronized Latencies latencies(EventWindow window) {
        Latencies l = new Latencies();
        for (Receipt r : receipts) {
            if (window.contains(r.time())) {
                l.recordMicros(Duration.between(r.time(), r.receivedAt()).toNanos() / 1_000);
            }
        }
        for (long i = 0; i < unreadable; i++) {
            l.error();
        }
        return l;
    }

    /**
     * The split of the timed Kafka receipts at the record's CreateTime: ce_time → hand-over to the producer (the
     * transaction's tail, the relay's wake-up and read) and hand-over → receipt (the producer, the broker, the
     * consumer). CreateTime has millisecond resolution: each part is ±1 ms, their sum is the whole.
     */
    synchronized Latencies[] split(EventWindow window) {
        Latencies before = new Latencies();
        Latencies after = new Latencies();
        for (Receipt r : receipts) {
            if (r.handedOver() != null && window.contains(r.time())) {
                before.recordMicros(Duration.between(r.time(), r.handedOver()).toNanos() / 1_000);
                after.recordMicros(Duration.between(r.handedOver(), r.receivedAt()).toNanos() / 1_000);
            }
        }
        return new Latencies[] { before, after };
    }

    /** Every accepted write's event was received (more is possible: a write the client gave up on may commit). */
    static boolean complete(long received, long accepted) {
        return received >= accepted;
    }
}
