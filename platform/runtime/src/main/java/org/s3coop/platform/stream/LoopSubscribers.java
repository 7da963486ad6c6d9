package org.s3coop.platform.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Timer;

/**
 * The subscribers that deliver on one executor (one event loop's {@link LoopTasks}), and the broadcast to them: the
 * consumer thread hands each event to this group once ({@link #publish}, one queue offer and at most one task), and
 * the group offers it to each of its subscribers on the executor, then lets each deliver what it has queued. So an
 * event costs the consumer thread one offer per event loop, not one per subscriber, and the subscribers' queues are
 * filled where they are drained. Runs are serialised (one at a time, in the order the events were published), whatever
 * the executor; a run takes every event published so far, so a loop that fell behind catches up with one write per
 * subscriber for all of them. Each subscriber that keeps up gets the event straight away
 * ({@link StreamSubscriber#deliverLive}: no queue offer and poll while nothing waits before it), and each event is
 * matched once per distinct filter of the pass ({@link FilterMemo}).
 *
 * <p>Two timers say where a broadcast's time goes ({@code s3coop.stream.broadcast.wait}: from the append on the
 * consumer thread to the start of the loop's pass; {@code s3coop.stream.broadcast.pass}: the pass over the loop's
 * subscribers, i.e. their writes); absent (null) in unit tests.
 */
final class LoopSubscribers {
    private static final Logger LOG = Logger.getLogger(LoopSubscribers.class);

    private final Executor executor;
    /** Changed under the stream's lock; copy-on-write so a subscriber leaving during a run changes no iteration. */
    private final List<StreamSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Queue<Published> events = new ConcurrentLinkedQueue<>();
    private final AtomicInteger wip = new AtomicInteger();
    private final Timer waitTimer;
    private final Timer passTimer;

    /** An event and when it was handed to the group ({@link System#nanoTime}). */
    private record Published(StreamEvent event, long at) {
    }

    LoopSubscribers(Executor executor, Timer waitTimer, Timer passTimer) {
        this.executor = executor;
        this.waitTimer = waitTimer;
        this.passTimer = passTimer;
    }

    void add(StreamSubscriber s) {
        subscribers.add(s);
    }

    boolean remove(StreamSubscriber s) {
        return subscribers.remove(s);
    }

    List<StreamSubscriber> subscribers() {
        return subscribers;
    }

    /** Called by the consumer thread under the stream's lock, in the stream's order; never blocks. */
    void publish(StreamEvent e) {
        events.offer(new Published(e, System.nanoTime()));
        if (wip.getAndIncrement() == 0) {
            executor.execute(this::run);
        }
    }

    private void run() {
        int missed = 1;
        List<StreamEvent> batch = new ArrayList<>();
        FilterMemo memo = new FilterMemo(4);
        do {
            long first = 0;
            for (Published p = events.poll(); p != null; p = events.poll()) {
                if (batch.isEmpty()) {
                    first = p.at();
                }
                batch.add(p.event());
            }
            if (!batch.isEmpty()) {
                long start = System.nanoTime();
                memo.reset(batch.size());
                for (StreamSubscriber s : subscribers) {
                    try {
                        s.deliverLive(batch, memo);
                    } catch (RuntimeException e) {
                        LOG.warnf("event stream: a delivery failed: %s", e.toString());
                    }
                }
                long end = System.nanoTime();
                if (passTimer != null) {
                    waitTimer.record(start - first, TimeUnit.NANOSECONDS);
                    passTimer.record(end - start, TimeUnit.NANOSECONDS);
                }
                if (LOG.isDebugEnabled()) { // the per-pass timeline of a benchmark (docs/performance.md, stop 28)
                    LOG.debugf("pass loop=%x events=%d seq=%d subscribers=%d wait=%dus pass=%dus endEpochMs=%d",
                            System.identityHashCode(this), batch.size(), batch.get(0).seq(), subscribers.size(),
                            (start - first) / 1000, (end - start) / 1000, System.currentTimeMillis());
                }
                batch.clear();
            }
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }
}
