package org.s3coop.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;

/**
 * What the three services' databases hold: per table, the row count and an md5 of all rows (ordered), read over
 * JDBC. The outbox's and the webhooks' delivery bookkeeping (status, attempts, last error, times) is left out: the
 * relay and the webhook dispatcher update it in the background. {@link #awaitQuiet()} first waits until nothing is in flight: no PENDING outbox row
 * and every consumer group at the end of the topics it reads.
 */
final class DataFingerprint {
    private static final Map<String, Set<String>> BACKGROUND_COLUMNS = Map.of(
            "outbox_event", Set.of("status", "attempts", "last_error", "published_at"),
            // webhook delivery bookkeeping: the dispatcher's, in the background
            "webhook_subscription", Set.of("status", "paused_reason", "paused_at", "rate_tat", "failing_since",
                    "consecutive_failures"),
            "webhook_delivery", Set.of("status", "attempts", "next_attempt_at", "lease_until", "last_attempt_at",
                    "delivered_at", "last_status", "last_error"));
    /** The consumer group (= service name, and region-service's webhooks group) and the topics each reads. */
    private static final Map<String, List<String>> CONSUMERS = Map.of(
            "region-service", List.of("s3coop.partnerships.v1"),
            "partnership-service", List.of("s3coop.regions.v1", "s3coop.challenges.v1"),
            "challenge-service", List.of("s3coop.regions.v1", "s3coop.partnerships.v1"),
            "region-service-webhooks", List.of("s3coop.regions.v1", "s3coop.partnerships.v1", "s3coop.challenges.v1"));

    private DataFingerprint() {
    }

    static List<Suite.Service> services() {
        return List.of(Suite.region(), Suite.partnership(), Suite.challenge());
    }

    /** "service/table" → "rows:md5", sorted. */
    static Map<String, String> take() {
        Map<String, String> out = new TreeMap<>();
        for (Suite.Service service : services()) {
            try (Connection c = Suite.jdbc(service); Statement st = c.createStatement()) {
                Map<String, List<String>> columns = new TreeMap<>();
                try (ResultSet rs = st.executeQuery("select table_name, column_name from information_schema.columns "
                        + "where table_schema = 'public' order by table_name, ordinal_position")) {
                    while (rs.next()) {
                        String table = rs.getString(1);
                        String column = rs.getString(2);
                        if (!BACKGROUND_COLUMNS.getOrDefault(table, Set.of()).contains(column)) {
                            columns.computeIfAbsent(table, t -> new ArrayList<>()).add('"' + column + '"');
                        }
                    }
                }
                for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                    String row = "row(" + String.join(", ", table.getValue()) + ")::text";
                    try (ResultSet rs = st.executeQuery("select count(*), md5(coalesce(string_agg(r, '|' order by r), '')) "
                            + "from (select " + row + " as r from \"" + table.getKey() + "\") t")) {
                        rs.next();
                        out.put(service.name() + "/" + table.getKey(), rs.getLong(1) + ":" + rs.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("fingerprint of " + service.name(), e);
            }
        }
        return out;
    }

    /** Waits until no event is waiting in an outbox and every consumer has read its topics to the end. */
    static void awaitQuiet() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Suite.kafkaBootstrap()))) {
            Awaitility.await("outboxes drained and consumers caught up").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500)).until(() -> pendingEvents() == 0 && lagging(admin).isEmpty());
        }
    }

    private static long pendingEvents() throws SQLException {
        long pending = 0;
        for (Suite.Service service : services()) {
            try (Connection c = Suite.jdbc(service); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from outbox_event where status = 'PENDING'")) {
                rs.next();
                pending += rs.getLong(1);
            }
        }
        return pending;
    }

    /** Partitions whose group's committed offset is behind the end of the partition. */
    private static List<String> lagging(Admin admin) throws Exception {
        List<String> behind = new ArrayList<>();
        for (Map.Entry<String, List<String>> consumer : CONSUMERS.entrySet()) {
            Map<String, TopicDescription> topics = admin.describeTopics(consumer.getValue()).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            topics.values().forEach(t -> t.partitions().forEach(p -> latest.put(new TopicPartition(t.name(), p.partition()),
                    OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(consumer.getKey())
                    .partitionsToOffsetAndMetadata().get();
            for (var end : ends.entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                long position = at == null ? 0 : at.offset();
                if (position < end.getValue().offset()) {
                    behind.add(consumer.getKey() + "@" + end.getKey() + ": " + position + "/" + end.getValue().offset());
                }
            }
        }
        return behind;
    }

    static String describeDifference(Map<String, String> before, Map<String, String> after) {
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey() + ": " + before.get(e.getKey()) + " -> " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
