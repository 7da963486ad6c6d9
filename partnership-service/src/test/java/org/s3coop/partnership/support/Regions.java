package org.s3coop.partnership.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Publishes region-service's events (CloudEvents on s3coop.regions.v1) and waits for the read model to take them. */
public final class Regions {
    public static final String REGISTERED = "org.s3coop.region.registered.v1";
    public static final String UPDATED = "org.s3coop.region.updated.v1";
    public static final String RETIRED = "org.s3coop.region.retired.v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    /** Codes are handed out in sequence from a random start, so no two tests of a run share one. */
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(36 * 36 * 36));

    private Regions() {
    }

    /** A NUTS code of {@code country} no other test uses. */
    public static String newCode(String country) {
        int n = Math.floorMod(NEXT.getAndIncrement(), 36 * 36 * 36);
        return country + ALNUM.charAt(n / (36 * 36)) + ALNUM.charAt(n / 36 % 36) + ALNUM.charAt(n % 36);
    }

    /** A region registered (version 1) with these priority codes, once the read model has it. */
    public static String known(String country, String... priorityCodes) {
        String code = newCode(country);
        String id = publish(REGISTERED, code, 1, true, priorityCodes);
        awaitProcessed(id);
        return code;
    }

    /** Publishes a region event; returns its CloudEvent id. */
    public static String publish(String type, String code, long version, boolean active, String... priorityCodes) {
        String id = Kafka.newEventId();
        publishWithId(id, type, code, version, active, priorityCodes);
        return id;
    }

    public static void publishWithId(String id, String type, String code, long version, boolean active,
            String... priorityCodes) {
        List<Map<String, Object>> priorities = new ArrayList<>();
        for (String p : priorityCodes) {
            priorities.add(Map.of("family", familyOf(p), "code", p, "label", "label of " + p));
        }
        Map<String, Object> data = Map.of("code", code, "name", "Region " + code, "country", code.substring(0, 2),
                "level", code.length() - 2, "nutsVersion", "2024", "priorities", priorities, "active", active,
                "version", version);
        try {
            Kafka.send(Kafka.REGIONS, code, JSON.writeValueAsString(data),
                    Kafka.ceHeaders(id, "/s3coop/region-service", type, code));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> Db.processed("regions", eventId) == 1);
    }

    public static Long version(String code) {
        Object v = Db.single("select version from known_region where code = ?", code);
        return v == null ? null : ((Number) v).longValue();
    }

    public static String priorities(String code) {
        return (String) Db.single("select priorities from known_region where code = ?", code);
    }

    static String familyOf(String code) {
        if (code.matches("^[A-U]([0-9]{2})?$")) {
            return "ECONOMIC_DOMAIN";
        }
        if (code.matches("^NABS[0-9]{2}$")) {
            return "SCIENTIFIC_DOMAIN";
        }
        return "POLICY_OBJECTIVE";
    }
}
