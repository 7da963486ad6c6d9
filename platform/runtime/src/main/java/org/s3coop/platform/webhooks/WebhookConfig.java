package org.s3coop.platform.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** {@code s3coop.webhooks.*}: docs/api.md, "Webhooks", lists them for operators. */
@ConfigMapping(prefix = "s3coop.webhooks")
public interface WebhookConfig {
    /** Build-time switch of the whole feature (endpoints, tables, workers): the service that hosts webhooks sets it. */
    @WithDefault("false")
    boolean enabled();

    /** The topics whose CloudEvents can be subscribed to (region-service: the stream's topics). */
    Optional<List<String>> topics();

    /** Whether endpoints may be plain {@code http} URLs (tests, local runs); production needs https. */
    @WithName("allow-http")
    @WithDefault("false")
    boolean allowHttp();

    /** CIDR networks deliveries may reach although the SSRF guard refuses their range (e.g. 127.0.0.1/32 in tests). */
    @WithName("allowed-networks")
    Optional<List<String>> allowedNetworks();

    /** How long one attempt may take (connect, send, answer); a delivery is leased for this plus 5 s. */
    @WithName("delivery-timeout")
    @WithDefault("10s")
    Duration deliveryTimeout();

    /** Waits between attempts: first, doubled up to max; given up after give-up-after. */
    Retry retry();

    /** A subscription is paused once its last {@code pause-after-failures} attempts all failed over this long. */
    @WithName("pause-after")
    @WithDefault("12h")
    Duration pauseAfter();

    @WithName("pause-after-failures")
    @WithDefault("10")
    int pauseAfterFailures();

    /** Deliveries a subscription may get per second: its default, and the most it may ask for. */
    @WithName("max-per-second")
    @WithDefault("10")
    int maxPerSecond();

    /** How often a dispatcher looks for due deliveries when nothing woke it. */
    @WithName("poll-interval")
    @WithDefault("1s")
    Duration pollInterval();

    /** Deliveries one instance has in flight at most. */
    @WithName("concurrency")
    @WithDefault("32")
    int concurrency();

    /** How long delivered and failed deliveries (the log, and what replay can send) are kept. */
    @WithDefault("P7D")
    Duration retention();

    interface Retry {
        @WithDefault("5s")
        Duration first();

        @WithDefault("1h")
        Duration max();

        @WithName("give-up-after")
        @WithDefault("24h")
        Duration giveUpAfter();
    }

    default RetrySchedule schedule() {
        return new RetrySchedule(retry().first(), retry().max(), retry().giveUpAfter());
    }

    default Duration lease() {
        return deliveryTimeout().plusSeconds(5);
    }
}
