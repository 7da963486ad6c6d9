package org.s3coop.platform.stream;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.vertx.core.Context;

/**
 * Runs tasks on one event loop with as few hops onto it as possible: a task submitted while a run is pending joins that
 * run (one queue offer and selector wake-up for all of them). Its tasks are the broadcasts of the loop's
 * {@link LoopSubscribers} (one per event, or one for several) and a subscriber's own deliveries (heartbeats, the end of
 * the stream). A run takes at most {@link #MAX_PER_RUN} tasks, then yields to the loop's I/O.
 */
final class LoopTasks implements Executor {
    static final int MAX_PER_RUN = 1024;
    private static final Logger LOG = Logger.getLogger(LoopTasks.class);

    private final Context loop;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    LoopTasks(Context loop) {
        this.loop = loop;
    }

    @Override
    public void execute(Runnable task) {
        tasks.offer(task);
        if (scheduled.compareAndSet(false, true)) {
            loop.runOnContext(v -> run());
        }
    }

    private void run() {
        scheduled.set(false); // a task offered from now on schedules the next run, or is taken by this one
        for (int i = 0; i < MAX_PER_RUN; i++) {
            Runnable task = tasks.poll();
            if (task == null) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warnf("event stream: a delivery failed: %s", e.toString());
            }
        }
        if (!tasks.isEmpty() && scheduled.compareAndSet(false, true)) {
            loop.runOnContext(v -> run());
        }
    }
}
