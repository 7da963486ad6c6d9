package org.s3coop.platform.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** {@link LoopTasks}: every task runs, in the order given, on the loop's thread, also beyond one run's limit. */
class LoopTasksTest {

    @Test
    void runsEveryTaskInOrderOnTheLoopInBatches() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Context loop = vertx.getOrCreateContext();
            LoopTasks tasks = new LoopTasks(loop);
            int n = 5 * LoopTasks.MAX_PER_RUN + 7;
            List<Integer> ran = new ArrayList<>();
            List<String> threads = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(n);
            CountDownLatch hold = new CountDownLatch(1);
            loop.runOnContext(v -> { // keep the loop busy while the tasks are submitted: they must join one run
                try {
                    hold.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            for (int i = 0; i < n; i++) {
                int k = i;
                tasks.execute(() -> {
                    ran.add(k); // only ever on the loop's thread
                    threads.add(Thread.currentThread().getName());
                    done.countDown();
                });
            }
            hold.countDown();

            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            CountDownLatch after = new CountDownLatch(1);
            loop.runOnContext(v -> after.countDown());
            assertThat(after.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).hasSize(n).isSorted();
            assertThat(threads).allMatch(t -> t.startsWith("vert.x-eventloop-thread-"));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
