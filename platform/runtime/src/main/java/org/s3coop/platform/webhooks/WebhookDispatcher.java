package org.s3coop.platform.webhooks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.s3coop.platform.concurrent.BackgroundThread;
import org.s3coop.platform.events.Backoff;
import org.s3coop.platform.time.UtcClock;
import org.s3coop.platform.webhooks.WebhookStore.Claimed;
import org.s3coop.platform.webhooks.WebhookStore.Outcome;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Sends the queued deliveries: one background thread per instance claims due deliveries ({@link WebhookStore#claim},
 * FOR UPDATE SKIP LOCKED, so several instances never send the same attempt), sends them without waiting for each
 * other ({@link WebhookSender}, at most {@code s3coop.webhooks.concurrency} in flight) and records each answer as it
 * comes: delivered, tried again later, given up, the subscription paused. It wakes when the ingest or the API queued
 * something, when an answer came, and every {@code s3coop.webhooks.poll-interval}. A delivery whose instance died
 * while sending is leased no longer than the delivery timeout plus 5 s, then claimed again: at least once.
 */
@ApplicationScoped
@IfBuildProperty(name = "s3coop.webhooks.enabled", stringValue = "true")
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final Outcome WAKE = new Outcome(null, 0, null);

    @Inject
    WebhookConfig config;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Vertx vertx;
    @Inject
    MeterRegistry metrics;

    private final WebhookStore store = new WebhookStore();
    private final LinkedBlockingQueue<Outcome> answers = new LinkedBlockingQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private WebhookSender sender;
    private volatile boolean running;
    private volatile BackgroundThread thread;
    private long nextSweep;

    void start(@Observes StartupEvent event) {
        sender = new WebhookSender(vertx, new AddressGuard(config.allowedNetworks().orElse(List.of())),
                config.allowHttp(), config.deliveryTimeout(), config.concurrency());
        nextSweep = System.nanoTime();
        running = true;
        thread = BackgroundThread.start("webhook-dispatcher", this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.stop(this::wake);
        }
        if (sender != null) {
            sender.close();
        }
    }

    /** Something was queued: look now rather than at the next poll. */
    public void wake() {
        answers.offer(WAKE);
    }

    private void loop() {
        Backoff backoff = new Backoff(MAX_WAIT);
        while (running) {
            try {
                boolean limited = round();
                backoff.reset();
                Duration wait = limited ? Duration.ofMillis(Math.min(100, config.pollInterval().toMillis()))
                        : config.pollInterval();
                Outcome first = answers.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null && first != WAKE) {
                    answers.offer(first); // recorded at the next round
                }
            } catch (InterruptedException e) {
                break;
            } catch (Exception e) {
                if (!running || !BackgroundThread.pauseAfter(LOG, "webhook dispatcher", e, backoff.next())) {
                    break;
                }
            }
        }
    }

    /** Records the answers that came, sweeps when due, claims and sends what is due; whether a rate limit held some. */
    private boolean round() throws SQLException {
        List<Outcome> done = new ArrayList<>();
        for (Outcome o; (o = answers.poll()) != null;) {
            if (o != WAKE) {
                done.add(o);
            }
        }
        boolean[] limited = {false};
        List<Claimed> claimed;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                record(c, done);
                c.commit();
                done.clear();
                sweepWhenDue(c);
                int room = config.concurrency() - inFlight.get();
                OffsetDateTime now = UtcClock.now();
                claimed = room <= 0 ? List.of() : store.claim(c, room, now, now.plus(config.lease()), limited);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                answers.addAll(done); // not recorded: keep them for the next round
                throw e;
            }
        }
        for (Claimed d : claimed) {
            inFlight.incrementAndGet();
            sender.send(d).whenComplete((outcome, failure) -> {
                inFlight.decrementAndGet();
                answers.offer(failure == null ? outcome : new Outcome(d, 0, "not sent: " + failure));
            });
        }
        return limited[0];
    }

    private void record(Connection c, List<Outcome> done) throws SQLException {
        OffsetDateTime now = UtcClock.now();
        for (Outcome o : done) {
            if (o.delivered()) {
                store.delivered(c, o, now);
                metrics.counter("s3coop.webhooks.attempts", "outcome", "delivered").increment();
                continue;
            }
            metrics.counter("s3coop.webhooks.attempts", "outcome", "failed").increment();
            if (store.failed(c, o, now, config.schedule(), config.pauseAfterFailures(), config.pauseAfter())) {
                LOG.warnf("webhook subscription %s paused: its attempts keep failing (last: %s)",
                        o.delivery().subscription(), o.error());
            }
        }
    }

    private void sweepWhenDue(Connection c) throws SQLException {
        long nanos = System.nanoTime();
        if (nanos - nextSweep < 0) {
            return;
        }
        nextSweep = nanos + SWEEP_INTERVAL.toNanos();
        OffsetDateTime now = UtcClock.now();
        int gaveUp = store.sweep(c, now, now.minus(config.retry().giveUpAfter()), now.minus(config.retention()));
        c.commit();
        if (gaveUp > 0) {
            LOG.infof("webhooks: gave up %d deliveries queued more than %s ago", gaveUp, config.retry().giveUpAfter());
        }
    }
}
