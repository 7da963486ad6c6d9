package org.s3coop.platform.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
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
            ids.add(e == StreamSubscriber.OPENED ? "opened" : e == StreamSubscriber.HEARTBEAT ? "heartbeat" : e.id());
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

    /** A record of topic "t" at a partition and offset, as a consumer reads it. */
    private static ConsumerRecord<String, String> record(int partition, long offset) {
        String id = "p" + partition + "o" + offset;
        ConsumerRecord<String, String> r = new ConsumerRecord<>("t", partition, offset, id, "{\"n\":\"" + id + "\"}");
        r.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_type", "x".getBytes(StandardCharsets.UTF_8));
        r.headers().add("ce_subject", id.getBytes(StandardCharsets.UTF_8));
        return r;
    }

    /** A downstream that keeps the events (ids and cursors). */
    private static final class Events implements Flow.Subscriber<StreamEvent> {
        final List<StreamEvent> got = new ArrayList<>();

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(StreamEvent e) {
            if (e != StreamSubscriber.OPENED) {
                got.add(e);
            }
        }

        @Override
        public void onError(Throwable t) {
            throw new AssertionError(t);
        }

        @Override
        public void onComplete() {
        }
    }

    @Test
    void aCursorFromOneInstanceResumesOnAnotherThatReadThePartitionsInAnotherOrder() {
        // the same records of two partitions, read in different interleavings by two instances
        List<ConsumerRecord<String, String>> p0 = List.of(record(0, 0), record(0, 1), record(0, 2), record(0, 3));
        List<ConsumerRecord<String, String>> p1 = List.of(record(1, 0), record(1, 1), record(1, 2), record(1, 3));
        EventStream a = stream(100, 100);
        EventStream b = stream(100, 100);
        Events onA = new Events();
        a.subscribe(new StreamFilter(null, null), null, Runnable::run).subscribe(onA);
        for (int i = 0; i < 4; i++) { // a: p0 and p1 alternately
            a.append(p0.get(i));
            a.append(p1.get(i));
        }
        p1.forEach(b::append); // b: all of p1 first, then only half of p0 so far
        b.append(p0.get(0));
        b.append(p0.get(1));

        // the subscriber saw a's first five events (p0:0..2, p1:0..1), then its connection dropped
        StreamEvent last = onA.got.get(4);
        assertThat(onA.got.subList(0, 5)).extracting(StreamEvent::id)
                .containsExactly("p0o0", "p1o0", "p0o1", "p1o1", "p0o2");
        Events onB = new Events();
        b.subscribe(new StreamFilter(null, null), last.cursor(), Runnable::run).subscribe(onB);
        // b has p1:2..3 buffered after the cursor (it is behind on p0: nothing of p0 yet)
        assertThat(onB.got).extracting(StreamEvent::id).containsExactly("p1o2", "p1o3");
        b.append(p0.get(2)); // covered by the cursor: already sent by a
        b.append(p0.get(3));
        assertThat(onB.got).extracting(StreamEvent::id).containsExactly("p1o2", "p1o3", "p0o3");
        // b's cursors include what a had sent (b was behind on p0): back on a, after b's first event, only the rest
        Events backOnA = new Events();
        a.subscribe(new StreamFilter(null, null), onB.got.get(0).cursor(), Runnable::run).subscribe(backOnA);
        assertThat(backOnA.got).extracting(StreamEvent::id).containsExactly("p0o3", "p1o3");
        // and once b has caught up, its cursors are its own
        assertThat(onB.got.get(2).cursor()).isEqualTo(onA.got.get(7).cursor());
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
    @Test
    void aSubscriberMayLagByExactlyItsQueueAndGetsEverythingWhenItAsksAgain() {
        EventStream s = stream(100, 3);
        Recorder lagging = subscribe(s, null, null, 1); // takes the "opened" comment, then nothing for now
        for (int i = 1; i <= 3; i++) {
            append(s, "e" + i, "x", "s");
        }
        assertThat(lagging.completed).isFalse();
        lagging.subscription.request(10);
        assertThat(lagging.ids).containsExactly("opened", "e1", "e2", "e3");
        // the rest of its demand (7) is delivered at once, then the queue holds three again: e11-e13 wait, e14 does
        // not fit and the subscriber is completed (it reconnects with Last-Event-ID)
        for (int i = 4; i <= 13; i++) {
            append(s, "e" + i, "x", "s");
        }
        assertThat(lagging.ids).hasSize(11).endsWith("e10");
        assertThat(lagging.completed).isFalse();
        append(s, "e14", "x", "s");
        assertThat(lagging.completed).isTrue();
    }

    @Test
    void eventsAreDeliveredOnTheSubscribersExecutorNotOnTheConsumerThread() {
        EventStream s = stream(100, 10);
        List<Runnable> loop = new ArrayList<>(); // stands for the connection's event loop
        Recorder r = new Recorder(Long.MAX_VALUE);
        s.subscribe(new StreamFilter(null, null), null, loop::add).subscribe(r);
        assertThat(r.ids).containsExactly("opened"); // subscribe drains on the calling (HTTP) thread
        append(s, "e1", "x", "s");
        append(s, "e2", "x", "s");
        assertThat(r.ids).containsExactly("opened"); // nothing on the consumer thread
        assertThat(loop).hasSize(1); // one task for both: the subscriber drains what is queued when it runs
        loop.remove(0).run();
        assertThat(r.ids).containsExactly("opened", "e1", "e2");
    }

    @Test
    void anEventIsHandedToEachLoopOnceAndALateJoinerGetsItOnlyFromItsReplay() {
        EventStream s = stream(100, 10);
        List<Runnable> tasks = new ArrayList<>(); // one event loop with several subscribers
        Executor loop = tasks::add;
        Recorder first = new Recorder(Long.MAX_VALUE);
        Recorder second = new Recorder(Long.MAX_VALUE);
        Recorder other = new Recorder(Long.MAX_VALUE);
        s.subscribe(new StreamFilter(null, null), null, loop).subscribe(first);
        s.subscribe(new StreamFilter(null, null), null, loop).subscribe(second);
        s.subscribe(new StreamFilter("x.other", null), null, loop).subscribe(other);
        append(s, "e1", "x", "s");
        append(s, "e2", "x", "s");
        assertThat(tasks).hasSize(1); // both events, all three subscribers: one task on the loop
        // joining while e1 and e2 are still on their way to the loop: live from e3 on, the rest from the replay only
        Recorder late = new Recorder(Long.MAX_VALUE);
        s.subscribe(new StreamFilter(null, null), null, loop).subscribe(late);
        Recorder resumed = new Recorder(Long.MAX_VALUE);
        s.subscribe(new StreamFilter(null, null), "e1", loop).subscribe(resumed);
        append(s, "e3", "x", "s");
        assertThat(tasks).hasSize(1);
        tasks.remove(0).run();

        assertThat(first.ids).containsExactly("opened", "e1", "e2", "e3");
        assertThat(second.ids).containsExactly("opened", "e1", "e2", "e3");
        assertThat(other.ids).containsExactly("opened");
        assertThat(late.ids).containsExactly("opened", "e3");
        assertThat(resumed.ids).containsExactly("opened", "e2", "e3");
        assertThat(tasks).isEmpty();
        assertThat(s.subscriberCount()).isEqualTo(5);
    }

    @Test
    void aBroadcastGoesStraightToASubscriberWithDemandAndQueuesTheRestInOrder() {
        EventStream s = stream(100, 10);
        List<Runnable> tasks = new ArrayList<>(); // the connection's event loop
        StreamSubscriber subscription = s.subscribe(new StreamFilter(null, null), null, tasks::add);
        Recorder r = new Recorder(3); // "opened" and two events
        subscription.subscribe(r);
        append(s, "e1", "x", "s");
        append(s, "e2", "x", "s");
        append(s, "e3", "x", "s");
        tasks.remove(0).run();
        assertThat(r.ids).containsExactly("opened", "e1", "e2"); // the demand's share at once, e3 waits in the queue

        r.subscription.request(1);
        assertThat(r.ids).endsWith("e2", "e3");
        // a heartbeat queued while the demand is used up: the next broadcast queues behind it, however it is run
        subscription.heartbeat();
        append(s, "e4", "x", "s");
        assertThat(tasks).hasSize(2);
        tasks.remove(1).run(); // the broadcast first: e4 is queued behind the heartbeat
        assertThat(r.ids).endsWith("e3");
        r.subscription.request(2);
        tasks.remove(0).run();
        assertThat(r.ids).containsExactly("opened", "e1", "e2", "e3", "heartbeat", "e4");
        assertThat(r.completed).isFalse();
    }

    @Test
    void aQueryGetsOneSharedFilterAndEachSubscriberOfAPassGetsWhatItsFilterTakes() {
        EventStream s = stream(100, 10);
        StreamFilter stages = s.filter("x.stage-*", null);
        assertThat(s.filter("x.stage-*", null)).isSameAs(stages);
        assertThat(s.filter("x.stage-*", "p1")).isNotSameAs(stages);
        assertThat(s.filter(null, null)).isSameAs(s.filter(null, null));

        List<Runnable> tasks = new ArrayList<>(); // one loop: subscribers with shared and own filters, interleaved
        Executor loop = tasks::add;
        List<Recorder> onStages = new ArrayList<>();
        List<Recorder> onP1 = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Recorder a = new Recorder(Long.MAX_VALUE);
            s.subscribe(stages, null, loop).subscribe(a);
            onStages.add(a);
            Recorder b = new Recorder(Long.MAX_VALUE);
            s.subscribe(i == 1 ? new StreamFilter("x.stage-*", "p1") : s.filter("x.stage-*", "p1"), null, loop)
                    .subscribe(b);
            onP1.add(b);
        }
        append(s, "e1", "x.stage-a", "p1");
        append(s, "e2", "x.other", "p1");
        append(s, "e3", "x.stage-b", "p2");
        assertThat(tasks).hasSize(1); // the three events in one pass
        tasks.remove(0).run();

        onStages.forEach(r -> assertThat(r.ids).containsExactly("opened", "e1", "e3"));
        onP1.forEach(r -> assertThat(r.ids).containsExactly("opened", "e1"));

        for (int i = 0; i < EventStream.SHARED_FILTERS; i++) {
            s.filter("y" + i, null);
        }
        assertThat(s.filter("z", null)).as("past the bound: a filter per query, none kept")
                .isNotSameAs(s.filter("z", null));
        assertThat(s.filter("x.stage-*", null)).isSameAs(stages);
    }
}
