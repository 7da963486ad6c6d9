package org.s3coop.platform.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

/**
 * The subscribers that deliver on one executor (one event loop's {@link LoopTasks}), and the broadcast to them: the
 * consumer thread hands each event to this group once ({@link #publish}, one queue offer and at most one task), and
 * the group offers it to each of its subscribers on the executor, then lets each deliver what it has queued. So an
 * event costs the consumer thread one offer per event loop, not one per subscriber, and the subscribers' queues are
 * filled where they are drained. Runs are serialised (one at a time, in the order the events were published), whatever
 * the executor; a run takes every event published so far, so a loop that fell behind catches up with one write per
 * subscriber for all of them.
 */
final class LoopSubscribers {
    private static final Logger LOG = Logger.getLogger(LoopSubscribers.class);

    private final Executor executor;
    /** Changed under the stream's lock; copy-on-write so a subscriber leaving during a run changes no iteration. */
    private final List<StreamSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Queue<StreamEvent> events = new ConcurrentLinkedQueue<>();
    private final AtomicInteger wip = new AtomicInteger();

    LoopSubscribers(Executor executor) {
        this.executor = executor;
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
        events.offer(e);
        if (wip.getAndIncrement() == 0) {
            executor.execute(this::run);
        }
    }

    private void run() {
        int missed = 1;
        List<StreamEvent> batch = new ArrayList<>();
        do {
            for (StreamEvent e = events.poll(); e != null; e = events.poll()) {
                batch.add(e);
            }
            if (!batch.isEmpty()) {
                for (StreamSubscriber s : subscribers) {
                    try {
                        for (StreamEvent e : batch) {
                            s.offer(e);
                        }
                        s.deliver();
                    } catch (RuntimeException e) {
                        LOG.warnf("event stream: a delivery failed: %s", e.toString());
                    }
                }
                batch.clear();
            }
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }
}
