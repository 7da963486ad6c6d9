package org.s3coop.challenge.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.s3coop.platform.testing.CloudEventSender;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Feeds the read models the way the other services do: real CloudEvent records (binary mode) produced with a plain
 * Kafka producer, then waits (Awaitility) until the consumer has applied them, looking into the database.
 */
public final class EventFeed {
    public static final String REGIONS = "s3coop.regions.v1";
    public static final String PARTNERSHIPS = "s3coop.partnerships.v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CloudEventSender sender;

    private EventFeed() {
    }

    public static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** A NUTS code no other test uses: two letters, then three letters or digits. */
    public static String newRegionCode() {
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder sb = new StringBuilder("Z").append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        for (int i = 0; i < 3; i++) {
            sb.append(chars.charAt(ThreadLocalRandom.current().nextInt(chars.length())));
        }
        return sb.toString();
    }

    /** Registers a fresh active region (event) and waits until the read model knows it. */
    public static String knownRegion() {
        String code = newRegionCode();
        regionEvent(UUID.randomUUID().toString(), "org.s3coop.region.registered.v1", code, 1, true, "Region " + code);
        awaitRegionVersion(code, 1);
        return code;
    }

    /** Describes a partnership (event) and waits until the read model knows this version. */
    public static String knownPartnership(String stage, String... members) {
        String id = UUID.randomUUID().toString();
        partnershipEvent(UUID.randomUUID().toString(), "org.s3coop.partnership.proposed.v1", id, stage, "ACTIVE", 1, members);
        awaitPartnershipVersion(id, 1);
        return id;
    }

    public static void regionEvent(String eventId, String type, String code, long version, boolean active, String name) {
        Map<String, Object> data = Map.of("code", code, "name", name, "country", code.substring(0, 2),
                "level", code.length() - 2, "nutsVersion", "2024", "priorities", List.of(), "active", active,
                "version", version);
        send(REGIONS, code, eventId, type, code, json(data));
    }

    public static void partnershipEvent(String eventId, String type, String id, String stage, String status, long version,
            String... members) {
        List<Map<String, Object>> ms = new ArrayList<>();
        for (String m : members) {
            ms.add(Map.of("regionCode", m, "role", "partner", "contribution", "research"));
        }
        Map<String, Object> data = Map.of("id", id, "title", "Partnership " + id, "priority",
                Map.of("family", "ECONOMIC_DOMAIN", "code", "C22"), "leadRegion", members.length > 0 ? members[0] : "",
                "members", ms, "stage", stage, "status", status, "version", version);
        send(PARTNERSHIPS, id, eventId, type, id, json(data));
    }

    /** A CloudEvent in binary mode: ce_* headers, JSON data, key = aggregate id. */
    public static void send(String topic, String key, String eventId, String type, String subject, String data) {
        sender().send(topic, eventId, "/s3coop/test-feed", type, key, subject, data);
    }

    public static void sendRaw(ProducerRecord<String, String> record) {
        sender().send(record);
    }

    public static void awaitRegionVersion(String code, long version) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> queryLong("select version from known_region where code = ?", code) == version);
    }

    public static void awaitPartnershipVersion(String id, long version) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> queryLong("select version from known_partnership where id = ?", id) == version);
    }

    /** Waits until the consumer has recorded this CloudEvent id (applied or found stale). */
    public static void awaitProcessed(String consumer, String eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> queryLong("select count(*) from processed_event where consumer = ? and event_id = ?",
                        consumer, eventId) == 1);
    }

    /** The first column of the first row as a long, or -1 when there is no row. */
    public static long queryLong(String sql, String... params) throws SQLException {
        try (Connection c = connection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setString(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    public static String queryString(String sql, String... params) throws SQLException {
        try (Connection c = connection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setString(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static Connection connection() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), "");
    }

    private static synchronized CloudEventSender sender() {
        if (sender == null) {
            sender = new CloudEventSender(bootstrap());
        }
        return sender;
    }


    public static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
