package org.s3coop.platform.stream;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One subscriber of the stream, as a {@link Flow.Publisher} that can be subscribed once. On subscribe it registers
 * with the {@link EventStream} (replay snapshot and registration under one lock) in the {@link LoopSubscribers} of its
 * {@code executor}. Live events arrive through {@link #offer} on that executor (the group's broadcast), which never
 * blocks: a full queue marks the subscriber overflowed, and it is completed (the client reconnects with
 * {@code Last-Event-ID}). Delivery honours the downstream demand and runs on {@code executor}, never on the Kafka
 * consumer thread.
 */
public final class StreamSubscriber implements Flow.Publisher<StreamEvent>, Flow.Subscription {
    /** A comment line that keeps proxies from closing an idle connection. */
    public static final StreamEvent HEARTBEAT = new StreamEvent(-1);
    /** Sent first: the subscriber is registered, everything after it is delivered. */
    public static final StreamEvent OPENED = new StreamEvent(-2);

    /**
     * A downstream that writes what one drain delivered as one piece ({@link #endOfBatch}): the events a subscriber
     * had waiting go out in one write and flush.
     */
    interface Batching {
        /** The events delivered since the last call are all there is for now. */
        void endOfBatch();
    }

    private final EventStream stream;
    private final StreamFilter filter;
    private final String lastEventId;
    private final Executor executor;
    /**
     * Live events not yet delivered, at most {@code queueSize} ({@link #queued} counts them): a linked queue, so an
     * idle subscriber holds no array of that size (5,000 subscribers × 1,000 slots were 20 MB of heap).
     */
    private final Queue<StreamEvent> live = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final int queueSize;
    private final Deque<StreamEvent> replay = new ArrayDeque<>();
    /**
     * Whether {@link #replay} may hold events: set when it is filled (subscribe), cleared by the drain that finds it
     * empty (with wip held, as every later access), so that a subscriber past its replay polls no lock per delivery.
     */
    private boolean replaying = true;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private volatile Flow.Subscriber<? super StreamEvent> downstream;
    /**
     * Set under the stream's lock when registered: the first live event's {@link StreamEvent#seq}. Events appended
     * before (the snapshot replayed them, or the subscriber asked for none) may still be on their way through its
     * group when it joins it; they are not offered again.
     */
    private long firstLiveSeq = Long.MAX_VALUE;
    /** Set once, under the stream's lock, when resuming from a cursor: live events up to it were already sent. */
    private StreamCursor resumedAfter;
    private volatile boolean cancelled;
    private volatile boolean overflowed;
    private volatile boolean completed;
    private boolean terminated;

    StreamSubscriber(EventStream stream, StreamFilter filter, String lastEventId, int queueSize, Executor executor) {
        this.stream = stream;
        this.filter = filter;
        this.lastEventId = lastEventId;
        this.executor = executor;
        this.queueSize = queueSize;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super StreamEvent> subscriber) {
        Objects.requireNonNull(subscriber);
        if (downstream != null) {
            subscriber.onSubscribe(this);
            subscriber.onError(new IllegalStateException("a stream subscription can be subscribed once"));
            return;
        }
        downstream = subscriber;
        replay.add(OPENED);
        stream.register(this, lastEventId);
        subscriber.onSubscribe(this);
        drain();
    }

    StreamFilter filter() {
        return filter;
    }

    Executor executor() {
        return executor;
    }

    /** Called under the stream's lock when it joins its group: live events start with {@code seq}. */
    void liveFrom(long seq) {
        firstLiveSeq = seq;
    }

    /** Called under the stream's lock, before any live offer: the buffered events to send first. */
    void replay(StreamEvent e) {
        StreamEvent r = resumed(e);
        if (r != null) {
            replay.add(r);
        }
    }

    /**
     * Called once, under the stream's lock, before any replay or live offer: the subscriber resumes from
     * {@code cursor}, which may be ahead of this instance in some partitions (it came from another instance). Until
     * this instance has caught up, events the cursor covers are not sent again, and the cursors sent are the further
     * of the event's and the resumed one, so the next resumption does not repeat what the other instance sent.
     */
    void resumeAfter(StreamCursor cursor) {
        resumedAfter = cursor;
    }

    /** The event with the cursor this subscriber must get (see {@link #resumeAfter}); null when it is covered. */
    private StreamEvent resumed(StreamEvent e) {
        StreamCursor after = resumedAfter;
        if (after == null || e.position() == null) {
            return e;
        }
        if (!after.before(e.position())) {
            return null;
        }
        StreamCursor own = StreamCursor.parse(e.cursor(), stream.cursorTag());
        if (own == null || own.covers(after)) {
            resumedAfter = null; // caught up: the instance's own cursors say everything from here on
            return e;
        }
        return new StreamEvent(e.seq(), e.id(), e.type(), e.source(), e.subject(), e.time(), e.topic(), e.data(),
                e.json(), e.position(), own.furthestWith(after));
    }

    /**
     * Queues a live event (by its group's broadcast, on the executor, in the stream's order); never blocks. The caller
     * then lets it {@link #deliver} what it queued.
     */
    void offer(StreamEvent event) {
        StreamEvent e = accepted(event);
        if (e != null && !enqueue(e)) {
            overflowed = true;
        }
    }

    /** The event as this subscriber gets it: null when filtered out, sent already, or the subscriber is done. */
    private StreamEvent accepted(StreamEvent event) {
        return accepted(event, FilterMemo.NONE, 0);
    }

    /** As {@link #accepted(StreamEvent)}, the filter's answer for the pass's {@code index}th event from {@code memo}. */
    private StreamEvent accepted(StreamEvent event, FilterMemo memo, int index) {
        if (cancelled || overflowed || event.seq() < firstLiveSeq || !memo.matches(filter, index, event)) {
            return null;
        }
        return resumed(event);
    }

    /** Delivers what is queued as far as the demand allows, on the calling thread (the executor's). */
    void deliver() {
        drain();
    }

    /**
     * Offers {@code events} (its group's broadcast, on the executor, in the stream's order) and delivers: as
     * {@link #offer} of each, then {@link #deliver}, but an event that finds nothing queued before it and demand left
     * goes straight downstream, without passing through the queue (at 20 events per second nearly every event of
     * every subscriber that keeps up). What the demand does not cover is queued and counted as before. {@code memo}
     * answers the filter once per event for all the pass's subscribers that share it.
     */
    void deliverLive(List<StreamEvent> events, FilterMemo memo) {
        if (!wip.compareAndSet(0, 1)) { // a drain runs (re-entered) or is due: it takes them from the queue
            for (StreamEvent e : events) {
                offer(e);
            }
            drain();
            return;
        }
        Flow.Subscriber<? super StreamEvent> s = downstream;
        // replay is only changed before the subscriber joined its group, and while draining (wip held, as here)
        boolean direct = s != null && !terminated && (!replaying || replay.isEmpty());
        int delivered = 0;
        for (int i = 0; i < events.size(); i++) {
            StreamEvent e = accepted(events.get(i), memo, i);
            if (e == null) {
                continue;
            }
            if (direct && !completed && queued.get() == 0 && demand.get() > 0) {
                demand.decrementAndGet();
                delivered++;
                s.onNext(e);
            } else if (!enqueue(e)) {
                overflowed = true;
            }
        }
        if (delivered > 0 && s instanceof Batching batching) {
            batching.endOfBatch();
        }
        run(1); // what was queued, the end of the stream, and whatever arrived meanwhile
    }

    void heartbeat() {
        if (!cancelled && !overflowed && !enqueue(HEARTBEAT)) {
            overflowed = true;
        }
        schedule();
    }

    /** Queues a live event unless {@code queueSize} are waiting already (the consumer and heartbeat threads). */
    private boolean enqueue(StreamEvent e) {
        if (queued.incrementAndGet() > queueSize) {
            queued.decrementAndGet();
            return false;
        }
        live.offer(e);
        return true;
    }

    /** Ends the subscription normally (service shutdown). */
    void complete() {
        completed = true;
        schedule();
    }

    boolean overflowed() {
        return overflowed;
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            cancel();
            return;
        }
        long current;
        do {
            current = demand.get();
        } while (!demand.compareAndSet(current, current + n < 0 ? Long.MAX_VALUE : current + n));
        drain();
    }

    @Override
    public void cancel() {
        cancelled = true;
        stream.unregister(this);
    }

    /** Drains on the executor (callers: the consumer and heartbeat threads). */
    private void schedule() {
        if (wip.getAndIncrement() == 0) {
            executor.execute(() -> run(1));
        }
    }

    /** Drains on the calling thread (callers: subscribe and request, i.e. the HTTP side, and the group's broadcast). */
    private void drain() {
        if (wip.getAndIncrement() == 0) {
            run(1);
        }
    }

    /** Drains while {@code missed} says there is more (called with wip held). */
    private void run(int missed) {
        Flow.Subscriber<? super StreamEvent> s = downstream;
        do {
            if (s != null && !terminated) {
                if (cancelled) {
                    terminated = true;
                    replay.clear();
                    live.clear();
                } else if (overflowed || completed) {
                    terminated = true;
                    replay.clear();
                    live.clear();
                    stream.unregister(this);
                    s.onComplete();
                } else {
                    int delivered = 0;
                    while (demand.get() > 0 && !cancelled && !overflowed && !completed) {
                        StreamEvent e = null;
                        if (replaying) {
                            synchronized (this) {
                                e = replay.poll();
                            }
                            replaying = e != null;
                        }
                        if (e == null && queued.get() > 0) {
                            e = live.poll();
                            if (e != null) {
                                queued.decrementAndGet();
                            }
                        }
                        if (e == null) {
                            break;
                        }
                        demand.decrementAndGet();
                        delivered++;
                        s.onNext(e);
                    }
                    if (delivered > 0 && s instanceof Batching batching) {
                        batching.endOfBatch();
                    }
                    if (overflowed || completed || cancelled) {
                        continue;
                    }
                }
            }
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }
}
