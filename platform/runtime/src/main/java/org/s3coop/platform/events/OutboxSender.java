package org.s3coop.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The relay's records in flight: hands PENDING records to the producer in {@code seq} order and decides each one's
 * next state ({@link OutboxState}) once Kafka answered. Records are handed over round after round without waiting
 * for the earlier rounds' acknowledgements (the relay bounds how many are in flight); {@link #takeSettled()} gives
 * what Kafka answered so far, to be written back, and {@link #drain()} waits for the rest.
 *
 * <p>It stops handing records to the producer at the first one it fails to hand over (that record and the rest of
 * its round wait for the next sweep, so an aggregate's events never overtake each other), and once a record is not
 * taken ({@link #failing()}) the relay hands nothing more over until it has drained and written back. An acknowledged
 * record is PUBLISHED even after an earlier record failed: it is on the topic, and leaving it PENDING would publish
 * it twice (the Kafka-outage system test counted 728 such duplicates of 1,000 events when the relay waited for the
 * whole batch to succeed). The error is the first failure: a hand-over's, else the first record's that Kafka did
 * not take.
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
    /** Handed over and not yet taken, in hand-over order. */
    private final Map<Long, Future<?>> inFlight = new LinkedHashMap<>();
    /** Records not handed over (the first refusal and the rest of its round), to retry. */
    private final List<Long> refused = new ArrayList<>();
    private String handOverError;
    private String firstFailure;

    OutboxSender(Duration sendTimeout) {
        this(sendTimeout, SETTLE_GRACE);
    }

    OutboxSender(Duration sendTimeout, Duration grace) {
        this.sendTimeout = sendTimeout;
        this.grace = grace;
    }

    /** Hands one batch over and waits for every answer: {@link #handOver} then {@link #drain()}. */
    BatchOutcome send(List<OutboxRecord> batch, HandOver handOver) {
        handOver(batch, handOver);
        return drain();
    }

    /**
     * Hands {@code records} to the producer in order, without waiting for acknowledgements; stops at the first one the
     * producer does not take (it and the rest are retried). Nothing is handed over once {@link #failing()}.
     */
    void handOver(List<OutboxRecord> records, HandOver handOver) {
        for (OutboxRecord r : records) {
            if (failing()) {
                refused.add(r.seq());
                continue;
            }
            try {
                inFlight.put(r.seq(), handOver.send(r));
            } catch (RuntimeException e) {
                handOverError = e.toString();
                refused.add(r.seq());
            }
        }
    }

    /** How many records are handed over and not yet taken. */
    int inFlight() {
        return inFlight.size();
    }

    /** Every record this sender holds (in flight or refused): the relay's next read leaves them out. */
    List<Long> held() {
        List<Long> held = new ArrayList<>(inFlight.keySet());
        held.addAll(refused);
        return held;
    }

    /** True when a record was not handed over or Kafka did not take one: hand nothing more over, drain. */
    boolean failing() {
        return handOverError != null || firstFailure != null;
    }

    /** The records Kafka has answered so far (without waiting), and the refused ones; they are no longer held. */
    BatchOutcome takeSettled() {
        return take(false);
    }

    /** Waits for every record in flight (until the send timeout and the grace have passed), and takes them all. */
    BatchOutcome drain() {
        return take(true);
    }

    private BatchOutcome take(boolean wait) {
        List<Long> published = new ArrayList<>();
        Map<Long, String> failed = new LinkedHashMap<>();
        List<Long> retried = new ArrayList<>();
        long deadline = System.nanoTime() + sendTimeout.toNanos() + grace.toNanos();
        for (Iterator<Map.Entry<Long, Future<?>>> it = inFlight.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Long, Future<?>> e = it.next();
            if (!wait && !e.getValue().isDone()) {
                continue;
            }
            it.remove();
            Throwable failure = settle(e.getValue(), deadline);
            switch (OutboxState.afterSend(failure)) {
                case PUBLISHED -> published.add(e.getKey());
                case FAILED -> failed.put(e.getKey(), failure.toString());
                case PENDING -> {
                    retried.add(e.getKey());
                    firstFailure = firstFailure == null ? describe(failure) : firstFailure;
                }
            }
        }
        retried.addAll(refused);
        refused.clear();
        String error = handOverError != null ? handOverError : firstFailure;
        if (inFlight.isEmpty()) {
            handOverError = null;
            firstFailure = null;
        }
        return new BatchOutcome(published, failed, retried, retried.isEmpty() ? null : error);
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
