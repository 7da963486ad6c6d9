package org.s3coop.platform.concurrent;

import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * A daemon thread that runs one loop for the life of the service (the event stream's reader, the webhooks' ingest
 * and dispatcher): started once, stopped by waking its loop and waiting up to five seconds for it to end.
 */
public final class BackgroundThread {
    private final Thread thread;

    private BackgroundThread(Thread thread) {
        this.thread = thread;
    }

    public static BackgroundThread start(String name, Runnable loop) {
        Thread t = new Thread(loop, name);
        t.setDaemon(true);
        t.start();
        return new BackgroundThread(t);
    }

    /** Runs {@code wake} (what makes the loop notice it should end), then waits for the loop to end. */
    public void stop(Runnable wake) {
        wake.run();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * After a failed round of a loop: logs {@code what} failed and waits {@code millis} before the next round; false
     * when the wait was interrupted (the service is stopping).
     */
    public static boolean pauseAfter(Logger log, String what, Exception failure, long millis) {
        log.warnf("%s: %s; retrying in %d ms", what, failure.toString(), millis);
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
