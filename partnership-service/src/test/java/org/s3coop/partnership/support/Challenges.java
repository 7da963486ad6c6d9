package org.s3coop.partnership.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Publishes challenge-service's events (CloudEvents on s3coop.challenges.v1), per the event contract. */
public final class Challenges {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Challenges() {
    }

    /** Publishes {@code org.s3coop.challenge.<event>.v1}; returns its CloudEvent id. */
    public static String publish(String event, String challengeId, String partnershipId, String severity, String status,
            long version) {
        return publishScoped(event, challengeId, "PARTNERSHIP", partnershipId, severity, status, version);
    }

    /** As {@link #publish}, with any scope ({@code REGION} and a region code, {@code PARTNERSHIP} and an id). */
    public static String publishScoped(String event, String challengeId, String scopeType, String scopeRef,
            String severity, String status, long version) {
        String id = Kafka.newEventId();
        Map<String, Object> data = Map.of("id", challengeId, "cluster", "CAPACITY", "subDimension", "INSUFFICIENT_TIME",
                "title", "Not enough staff time", "severity", severity, "status", status,
                "scope", Map.of("type", scopeType, "ref", scopeRef), "version", version);
        try {
            Kafka.send(Kafka.CHALLENGES, challengeId, JSON.writeValueAsString(data),
                    Kafka.ceHeaders(id, "/s3coop/challenge-service", "org.s3coop.challenge." + event + ".v1", challengeId));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    public static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> Db.processed("challenges", eventId) == 1);
    }
}
