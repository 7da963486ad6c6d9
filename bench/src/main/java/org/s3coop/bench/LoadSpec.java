package org.s3coop.bench;

import java.util.List;

/**
 * What one load-generator process does (written as JSON by the harness, read by {@link LoadGenerator}).
 *
 * @param mode           {@code closed}: {@code connections} requests in flight, each sent when the last answered
 *                       (saturation); {@code open}: {@code rate} requests per second at fixed intended times, latency
 *                       measured from the intended time (no coordinated omission); {@code writes}: stage transitions,
 *                       closed loop; {@code latency}: stage transitions at {@code rate} per second, open loop, while
 *                       a Kafka consumer and an SSE client time their events; {@code kafka-baseline}: a bare
 *                       producer → consumer round trip at {@code rate} per second
 * @param paths          the request mix: paths on {@code baseUrl}, drawn with {@code seed}
 * @param partnerships   ids the write modes cycle (ADVANCE SCOPING → MAPPING, REVERT back)
 */
public record LoadSpec(String name, String mode, String baseUrl, List<String> paths, int connections, double rate,
        double warmupSeconds, double seconds, long seed, String token, List<String> partnerships,
        String kafkaBootstrap, String topic, String sseUrl, String out) {
}
