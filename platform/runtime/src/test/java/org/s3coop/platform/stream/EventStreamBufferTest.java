package org.s3coop.platform.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Flow;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The buffer, Last-Event-ID replay and slow-subscriber rules of {@link EventStream}, without Kafka or HTTP. */
class EventStreamBufferTest {

    private static EventStream stream(int bufferSize, int queue) {
        EventStream s = new EventStream();
        s.topics = Optional.of(List.of("t"));
        s.bufferSize = bufferSize;
        s.subscriberQueue = queue;
        return s;
    }

    private static void append(EventStream s, String id, String type, String subject) {
        ConsumerRecord<String, String> r = new ConsumerRecord<>("t", 0, 0, subject, "{\"n\":\"" + id + "\"}");
        r.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_subject", subject.getBytes(StandardCharsets.UTF_8));
        s.append(r);
    }

    /** A downstream that records what it got and requests {@code initial} items only. */
    private static final class Recorder implements Flow.Subscriber<StreamEvent> {
        final List<String> ids = new ArrayList<>();
        final long initial;
        Flow.Subscription subscription;
        boolean completed;

        Recorder(long initial) {
            this.initial = initial;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(initial);
        }

        @Override
        public void onNext(StreamEvent e) {
            ids.add(e == StreamSubscriber.OPENED ? "opened" : e.id());
        }

        @Override
        public void onError(Throwable t) {
            throw new AssertionError(t);
        }

        @Override
        public void onComplete() {
            completed = true;
        }
    }

    private static Recorder subscribe(EventStream s, String lastEventId, String types, long demand) {
        Recorder r = new Recorder(demand);
        s.subscribe(new StreamFilter(types, null), lastEventId, Runnable::run).subscribe(r);
        return r;
    }

    @Test
    void replaysAfterTheLastEventIdThenGoesLive() {
        EventStream s = stream(5, 100);
        for (int i = 1; i <= 8; i++) {
            append(s, "e" + i, i % 2 == 0 ? "x.even" : "x.odd", "s");
        }
        Recorder after6 = subscribe(s, "e6", null, Long.MAX_VALUE);
        Recorder evicted = subscribe(s, "e2", null, Long.MAX_VALUE);
        Recorder evenOnly = subscribe(s, "e4", "x.ev*", Long.MAX_VALUE);
        Recorder live = subscribe(s, null, null, Long.MAX_VALUE);
        append(s, "e9", "x.odd", "s");
        append(s, "e10", "x.even", "s");
        append(s, "e9", "x.odd", "s"); // a redelivery is streamed once

        assertThat(after6.ids).containsExactly("opened", "e7", "e8", "e9", "e10");
        // e2 is no longer buffered (5 events kept): the whole buffer is replayed
        assertThat(evicted.ids).containsExactly("opened", "e4", "e5", "e6", "e7", "e8", "e9", "e10");
        assertThat(evenOnly.ids).containsExactly("opened", "e6", "e8", "e10");
        assertThat(live.ids).containsExactly("opened", "e9", "e10");
        assertThat(s.subscriberCount()).isEqualTo(4);
        live.subscription.cancel();
        assertThat(s.subscriberCount()).isEqualTo(3);
    }

    @Test
    void aSubscriberThatDoesNotKeepUpIsDisconnectedWithoutHoldingTheOthers() {
        EventStream s = stream(100, 3);
        Recorder slow = subscribe(s, null, null, 1); // takes the "opened" comment, then nothing
        Recorder fast = subscribe(s, null, null, Long.MAX_VALUE);
        for (int i = 1; i <= 10; i++) {
            append(s, "e" + i, "x", "s");
        }
        assertThat(slow.completed).isTrue();
        assertThat(slow.ids).containsExactly("opened");
        assertThat(fast.completed).isFalse();
        assertThat(fast.ids).hasSize(11);
        assertThat(s.subscriberCount()).isEqualTo(1);
        // it comes back with the last id it saw (none here: the whole buffer)
        Recorder back = subscribe(s, "unknown", null, Long.MAX_VALUE);
        assertThat(back.ids).hasSize(11);
    }
}
