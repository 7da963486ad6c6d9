package org.s3coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

/** What sending a batch does to its records, with the producer's answers given per record (no broker). */
class OutboxSenderTest {
    private final OutboxSender sender = new OutboxSender(Duration.ofMillis(50), Duration.ZERO);
    private final List<Long> handedOver = new ArrayList<>();

    private static List<OutboxRecord> batch(int size) {
        OffsetDateTime time = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        return LongStream.rangeClosed(1, size).mapToObj(seq -> new OutboxRecord(seq, UUID.randomUUID().toString(),
                "s3coop.regions.v1", "agg-" + seq, "org.s3coop.region.registered.v1", "agg-" + seq, time, "{}", null))
                .toList();
    }

    /** The producer does not even take the record: {@code send} throws. */
    private record Refused(RuntimeException failure) {
    }

    /**
     * The producer's answer per record: acknowledged unless named; a Throwable fails the record's future, a future is
     * returned as it is, {@link Refused} is thrown at hand-over.
     */
    private OutboxSender.HandOver producer(Map<Long, Object> answers) {
        return r -> {
            Object answer = answers.getOrDefault(r.seq(), "ack");
            if (answer instanceof Refused refused) {
                throw refused.failure();
            }
            handedOver.add(r.seq());
            if (answer instanceof Throwable t) {
                return CompletableFuture.failedFuture(t);
            }
            return answer instanceof Future<?> f ? f : CompletableFuture.completedFuture(null);
        };
    }

    @Test
    void everyAcknowledgedRecordIsPublished() {
        BatchOutcome outcome = sender.send(batch(3), producer(Map.of()));

        assertThat(outcome.published()).containsExactly(1L, 2L, 3L);
        assertThat(outcome.failed()).isEmpty();
        assertThat(outcome.retried()).isEmpty();
        assertThat(outcome.settled()).isTrue();
        assertThat(handedOver).containsExactly(1L, 2L, 3L);
    }

    @Test
    void sendingStopsAtTheFirstRecordTheProducerDoesNotTake() {
        BatchOutcome outcome = sender.send(batch(5),
                producer(Map.of(3L, new Refused(new IllegalStateException("buffer exhausted")))));

        assertThat(handedOver).as("nothing after the refused record is sent").containsExactly(1L, 2L);
        assertThat(outcome.published()).containsExactly(1L, 2L);
        assertThat(outcome.retried()).containsExactly(3L, 4L, 5L);
        assertThat(outcome.error()).isEqualTo("java.lang.IllegalStateException: buffer exhausted");
        assertThat(outcome.settled()).isFalse();
        assertThat(outcome.stateOf(4)).isEqualTo(OutboxState.PENDING);
    }

    @Test
    void aRecordKafkaFailsStaysPendingWithTheFirstFailureAsItsError() {
        BatchOutcome outcome = sender.send(batch(4), producer(Map.of(
                2L, new NetworkException("connection reset"),
                3L, new NetworkException("second failure"))));

        assertThat(outcome.retried()).containsExactly(2L, 3L);
        assertThat(outcome.error()).isEqualTo("org.apache.kafka.common.errors.NetworkException: connection reset");
        assertThat(outcome.failed()).isEmpty();
    }

    @Test
    void aRecordAcknowledgedAfterAFailedOneIsStillPublished() {
        BatchOutcome outcome = sender.send(batch(3), producer(Map.of(1L, new NetworkException("reset"))));

        // on the topic already: retrying it would publish it twice
        assertThat(outcome.published()).containsExactly(2L, 3L);
        assertThat(outcome.retried()).containsExactly(1L);
        assertThat(outcome.stateOf(2)).isEqualTo(OutboxState.PUBLISHED);
    }

    @Test
    void aRecordKafkaCanNeverTakeFailsAloneAndTheBatchIsSettled() {
        BatchOutcome outcome = sender.send(batch(4), producer(Map.of(
                2L, new RecordTooLargeException("the record is 2 MB"),
                3L, new InvalidTopicException("bad topic"))));

        assertThat(outcome.failed()).containsOnly(
                Map.entry(2L, "org.apache.kafka.common.errors.RecordTooLargeException: the record is 2 MB"),
                Map.entry(3L, "org.apache.kafka.common.errors.InvalidTopicException: bad topic"));
        assertThat(outcome.published()).containsExactly(1L, 4L);
        assertThat(outcome.retried()).isEmpty();
        assertThat(outcome.settled()).as("nothing to retry: failed records are never sent again").isTrue();
        assertThat(outcome.stateOf(2)).isEqualTo(OutboxState.FAILED);
    }

    @Test
    void aHandOverFailureIsTheBatchErrorEvenAfterAnEarlierRecordFailed() {
        BatchOutcome outcome = sender.send(batch(3), producer(Map.of(
                1L, new NetworkException("first record lost"),
                2L, new Refused(new IllegalStateException("producer closed")))));

        assertThat(outcome.retried()).containsExactly(1L, 2L, 3L);
        assertThat(outcome.error()).isEqualTo("java.lang.IllegalStateException: producer closed");
    }

    @Test
    void noAcknowledgementInTimeKeepsTheRecordPending() {
        BatchOutcome outcome = sender.send(batch(2), producer(Map.of(2L, new CompletableFuture<Void>())));

        assertThat(outcome.published()).containsExactly(1L);
        assertThat(outcome.retried()).containsExactly(2L);
        assertThat(outcome.error()).isEqualTo("no acknowledgement within PT0.05S");
    }

    @Test
    void anInterruptedWaitKeepsTheRecordsPendingAndTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            BatchOutcome outcome = sender.send(batch(2), producer(Map.of(1L, new CompletableFuture<Void>())));

            assertThat(outcome.retried()).contains(1L);
            assertThat(outcome.error()).isEqualTo("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anOutcomeCoversExactlyItsBatch() {
        BatchOutcome outcome = sender.send(batch(2), producer(Map.of()));

        assertThatThrownBy(() -> outcome.stateOf(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchOutcome(List.of(), Map.of(), List.of(1L), null))
                .as("a record left pending needs its error").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLaterRoundIsHandedOverWhileTheFirstIsInFlightAndEachIsTakenWhenAcknowledged() {
        CompletableFuture<Void> first = new CompletableFuture<>();
        CompletableFuture<Void> second = new CompletableFuture<>();
        List<OutboxRecord> records = batch(3);
        sender.handOver(records.subList(0, 1), producer(Map.of(1L, first)));
        sender.handOver(records.subList(1, 3), producer(Map.of(2L, second)));

        assertThat(handedOver).as("the second round does not wait for the first's acknowledgement")
                .containsExactly(1L, 2L, 3L);
        assertThat(sender.held()).containsExactly(1L, 2L, 3L);
        BatchOutcome acknowledged = sender.takeSettled();
        assertThat(acknowledged.published()).as("only what Kafka answered, without waiting").containsExactly(3L);
        assertThat(sender.inFlight()).isEqualTo(2);

        second.complete(null);
        assertThat(sender.takeSettled().published()).containsExactly(2L);
        assertThat(sender.held()).as("a record stays held until Kafka answered it").containsExactly(1L);
        first.complete(null);
        assertThat(sender.takeSettled().published()).containsExactly(1L);
        assertThat(sender.held()).isEmpty();
    }

    @Test
    void afterAFailureNothingMoreIsHandedOverUntilTheRecordsInFlightAreDrained() {
        CompletableFuture<Void> inFlight = new CompletableFuture<>();
        List<OutboxRecord> records = batch(4);
        sender.handOver(records.subList(0, 2), producer(Map.of(1L, new NetworkException("reset"), 2L, inFlight)));

        BatchOutcome settled = sender.takeSettled();
        assertThat(settled.retried()).containsExactly(1L);
        assertThat(settled.error()).isEqualTo("org.apache.kafka.common.errors.NetworkException: reset");
        assertThat(sender.failing()).isTrue();
        sender.handOver(records.subList(2, 4), producer(Map.of()));
        assertThat(handedOver).as("nothing is handed over while failing").containsExactly(1L, 2L);

        inFlight.complete(null);
        BatchOutcome rest = sender.drain();
        assertThat(rest.published()).containsExactly(2L);
        assertThat(rest.retried()).containsExactly(3L, 4L);
        assertThat(sender.failing()).as("drained: the next round may send again").isFalse();
        assertThat(sender.held()).isEmpty();
    }
}
