package org.s3coop.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one batch of PENDING records in {@code seq} order and decides each one's next state ({@link OutboxState}).
 * It stops handing records to the producer at the first one it fails to hand over (the rest of the batch waits for
 * the next sweep, so an aggregate's events never overtake each other), then waits for every acknowledgement. An
 * acknowledged record is PUBLISHED even after an earlier record of the batch failed: it is on the topic, and
 * leaving it PENDING would publish it twice (the Kafka-outage system test counted 728 such duplicates of 1,000
 * events when the relay waited for the whole batch to succeed). The batch's error is the first failure: the
 * hand-over's, else the first record's that Kafka did not take.
 */
final class OutboxSender {
    /**
     * The producer fails a record it could not deliver within {@code delivery.timeout.ms} (= the send timeout);
     * waiting this much longer lets every future settle, so a record delivered late is not taken for lost and sent
     * again.
     */
    static final Duration SETTLE_GRACE = Duration.ofSeconds(5);

    /** Hands one record to the producer; the future completes when Kafka acknowledged it or gave up on it. */
    @FunctionalInterface
    interface HandOver {
        Future<?> send(OutboxRecord record);
    }

    private final Duration sendTimeout;
    private final Duration grace;

    OutboxSender(Duration sendTimeout) {
        this(sendTimeout, SETTLE_GRACE);
    }

    OutboxSender(Duration sendTimeout, Duration grace) {
        this.sendTimeout = sendTimeout;
        this.grace = grace;
    }

    BatchOutcome send(List<OutboxRecord> batch, HandOver handOver) {
        List<Future<?>> acks = new ArrayList<>();
        String error = null;
        for (OutboxRecord r : batch) {
            try {
                acks.add(handOver.send(r));
            } catch (RuntimeException e) {
                error = e.toString();
                break;
            }
        }
        List<Long> published = new ArrayList<>();
        Map<Long, String> failed = new LinkedHashMap<>();
        long deadline = System.nanoTime() + sendTimeout.toNanos() + grace.toNanos();
        for (int i = 0; i < acks.size(); i++) {
            long seq = batch.get(i).seq();
            Throwable failure = settle(acks.get(i), deadline);
            switch (OutboxState.afterSend(failure)) {
                case PUBLISHED -> published.add(seq);
                case FAILED -> failed.put(seq, failure.toString());
                case PENDING -> error = error == null ? describe(failure) : error;
            }
        }
        List<Long> retried = batch.stream().map(OutboxRecord::seq)
                .filter(seq -> !published.contains(seq) && !failed.containsKey(seq)).toList();
        return new BatchOutcome(published, failed, retried, error);
    }

    /** Waits for one acknowledgement until {@code deadline}; null when Kafka acknowledged the record. */
    private Throwable settle(Future<?> ack, long deadline) {
        try {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (TimeoutException e) {
            return new Unsettled("no acknowledgement within " + sendTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unsettled("interrupted");
        }
    }

    private static String describe(Throwable failure) {
        return failure instanceof Unsettled ? failure.getMessage() : failure.toString();
    }

    /** No answer from the producer in time (or the relay was interrupted while waiting): the record is retried. */
    private static final class Unsettled extends Exception {
        private static final long serialVersionUID = 1L;

        Unsettled(String message) {
            super(message, null, false, false);
        }
    }
}
