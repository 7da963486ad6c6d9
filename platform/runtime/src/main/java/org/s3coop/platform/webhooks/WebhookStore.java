package org.s3coop.platform.webhooks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The webhook tables as the background workers use them (plain JDBC, one transaction per call, the caller commits):
 * the ingest stores events and queues deliveries, the dispatcher claims due deliveries and records what the
 * endpoints answered. The REST side has its own queries ({@link WebhookSubscriptions}).
 */
final class WebhookStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    /** A subscription as the ingest matches events against it. */
    record Rule(UUID id, EventScope scope, OffsetDateTime createdAt) {
        boolean wants(WebhookEvent e, com.fasterxml.jackson.databind.JsonNode data) {
            return !e.time().isBefore(createdAt) && scope.wantsType(e.type()) && scope.concerns(e.subject(), data);
        }
    }

    /** A delivery claimed for one attempt: what to send, where, signed with which secret. */
    record Claimed(long id, UUID subscription, String url, String secret, String messageId, String kind,
            int attempts, OffsetDateTime createdAt, String type, String source, String subject, OffsetDateTime time,
            String data, Map<String, String> attributes) {
    }

    /** What the endpoint made of one attempt: its status (0: no answer) and, when it failed, why. */
    record Outcome(Claimed delivery, int status, String error) {
        boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    /** The subscriptions events are matched against (active and paused: a paused one queues what it misses). */
    List<Rule> rules(Connection c) throws SQLException {
        List<Rule> rules = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "select id, cast(types as text), cast(regions as text), created_at from webhook_subscription");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                List<String> regions = rs.getString(3) == null ? null : read(rs.getString(3), STRINGS);
                rules.add(new Rule(rs.getObject(1, UUID.class), new EventScope(read(rs.getString(2), STRINGS),
                        regions == null ? null : Set.copyOf(regions)), rs.getObject(4, OffsetDateTime.class)));
            }
        }
        return rules;
    }

    /** Stores the event once (a redelivery finds it); its row id. */
    long storeEvent(Connection c, WebhookEvent e, OffsetDateTime now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into webhook_event "
                + "(event_id, type, source, subject, time, data, attributes, received_at) "
                + "values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) "
                + "on conflict (event_id) do update set event_id = excluded.event_id returning id")) {
            st.setString(1, e.id());
            st.setString(2, e.type());
            st.setString(3, e.source());
            st.setString(4, e.subject());
            st.setObject(5, e.time());
            st.setString(6, e.data());
            st.setString(7, write(e.attributes()));
            st.setObject(8, now);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Queues the event for the subscription, once; whether it was new. */
    boolean enqueue(Connection c, UUID subscription, long eventRef, WebhookEvent e, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into webhook_delivery "
                + "(subscription_id, event_ref, message_id, kind, subject, status, next_attempt_at, created_at) "
                + "values (?, ?, ?, 'EVENT', ?, 'PENDING', ?, ?) "
                + "on conflict (subscription_id, event_ref) where kind = 'EVENT' do nothing")) {
            st.setObject(1, subscription);
            st.setLong(2, eventRef);
            st.setString(3, e.id());
            st.setString(4, e.subject());
            st.setObject(5, now);
            st.setObject(6, now);
            return st.executeUpdate() == 1;
        }
    }

    /**
     * Claims up to {@code max} due deliveries for one attempt each: oldest first, none while an older one of the same
     * subscription and subject is pending (order per subject), none of a paused subscription (but its tests), within
     * each subscription's rate limit; leases them until {@code leaseUntil}. Rows another instance is claiming are
     * skipped (FOR UPDATE SKIP LOCKED). {@code limited} is set when the rate limit held some back.
     */
    List<Claimed> claim(Connection c, int max, OffsetDateTime now, OffsetDateTime leaseUntil, boolean[] limited)
            throws SQLException {
        Map<Long, UUID> due = new LinkedHashMap<>();
        // the oldest due ones, at most a second's worth per subscription (so one subscription's backlog cannot hold
        // the others back); locked in the outer query, which checks again what another claim may have changed
        try (PreparedStatement st = c.prepareStatement("select d.id, d.subscription_id from webhook_delivery d "
                + "where d.id in (select x.id from (select d2.id, s.max_per_second, "
                + "  row_number() over (partition by d2.subscription_id order by d2.id) as n "
                + "  from webhook_delivery d2 join webhook_subscription s on s.id = d2.subscription_id "
                + "  where d2.status = 'PENDING' and d2.next_attempt_at <= ? "
                + "  and (d2.lease_until is null or d2.lease_until < ?) "
                + "  and (s.status = 'ACTIVE' or d2.kind = 'TEST') "
                + "  and (d2.subject is null or not exists (select 1 from webhook_delivery e "
                + "    where e.subscription_id = d2.subscription_id and e.subject = d2.subject "
                + "    and e.status = 'PENDING' and e.id < d2.id))) x where x.n <= x.max_per_second) "
                + "and d.status = 'PENDING' and (d.lease_until is null or d.lease_until < ?) "
                + "order by d.id limit ? for update of d skip locked")) {
            st.setObject(1, now);
            st.setObject(2, now);
            st.setObject(3, now);
            st.setInt(4, max);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    due.put(rs.getLong(1), rs.getObject(2, UUID.class));
                }
            }
        }
        if (due.isEmpty()) {
            return List.of();
        }
        List<Long> granted = new ArrayList<>();
        for (UUID subscription : new TreeSet<>(due.values())) {
            List<Long> mine = due.entrySet().stream().filter(e -> e.getValue().equals(subscription))
                    .map(Map.Entry::getKey).toList();
            int allowed = grant(c, subscription, now, mine.size());
            granted.addAll(mine.subList(0, allowed));
            limited[0] |= allowed < mine.size();
        }
        if (granted.isEmpty()) {
            return List.of();
        }
        Array ids = c.createArrayOf("bigint", granted.toArray());
        try (PreparedStatement st = c.prepareStatement("update webhook_delivery set lease_until = ?, "
                + "attempts = attempts + 1, last_attempt_at = ? where id = any(?)")) {
            st.setObject(1, leaseUntil);
            st.setObject(2, now);
            st.setArray(3, ids);
            st.executeUpdate();
        }
        List<Claimed> claimed = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select d.id, d.subscription_id, s.url, s.secret, d.message_id, "
                + "d.kind, d.attempts, d.created_at, e.type, e.source, e.subject, e.time, e.data, "
                + "cast(e.attributes as text) from webhook_delivery d "
                + "join webhook_subscription s on s.id = d.subscription_id join webhook_event e on e.id = d.event_ref "
                + "where d.id = any(?) order by d.id")) {
            st.setArray(1, ids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                            rs.getObject(8, OffsetDateTime.class), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getObject(12, OffsetDateTime.class), rs.getString(13),
                            read(rs.getString(14), ATTRIBUTES)));
                }
            }
        }
        return claimed;
    }

    /**
     * How many of {@code wanted} deliveries the subscription's rate limit lets start now (its row locked meanwhile).
     * The lock is FOR NO KEY UPDATE, not FOR UPDATE: only {@code rate_tat} changes, and FOR UPDATE conflicts with the
     * KEY SHARE lock the ingest's insert of a delivery takes on its subscription (the foreign key) — the dispatcher
     * and the ingest deadlocked when they met two subscriptions in opposite orders.
     */
    private int grant(Connection c, UUID subscription, OffsetDateTime now, int wanted) throws SQLException {
        OffsetDateTime tat;
        int perSecond;
        try (PreparedStatement st = c.prepareStatement(
                "select rate_tat, max_per_second from webhook_subscription where id = ? for no key update")) {
            st.setObject(1, subscription);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return 0;
                }
                tat = rs.getObject(1, OffsetDateTime.class);
                perSecond = rs.getInt(2);
            }
        }
        RateLimit.Grant grant = new RateLimit(perSecond).grant(tat, now, wanted);
        if (grant.allowed() > 0) {
            try (PreparedStatement st = c.prepareStatement("update webhook_subscription set rate_tat = ? where id = ?")) {
                st.setObject(1, grant.tat());
                st.setObject(2, subscription);
                st.executeUpdate();
            }
        }
        return grant.allowed();
    }

    /** A 2xx answer: delivered; a failing subscription has recovered, so its waiting deliveries go now. */
    void delivered(Connection c, Outcome o, OffsetDateTime now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("update webhook_delivery set status = 'DELIVERED', "
                + "delivered_at = ?, last_status = ?, last_error = null, lease_until = null where id = ?")) {
            st.setObject(1, now);
            st.setInt(2, o.status());
            st.setLong(3, o.delivery().id());
            st.executeUpdate();
        }
        int recovered;
        try (PreparedStatement st = c.prepareStatement("update webhook_subscription set consecutive_failures = 0, "
                + "failing_since = null where id = ? and (consecutive_failures > 0 or failing_since is not null)")) {
            st.setObject(1, o.delivery().subscription());
            recovered = st.executeUpdate();
        }
        if (recovered > 0) {
            try (PreparedStatement st = c.prepareStatement("update webhook_delivery set next_attempt_at = ? "
                    + "where subscription_id = ? and status = 'PENDING' and next_attempt_at > ?")) {
                st.setObject(1, now);
                st.setObject(2, o.delivery().subscription());
                st.setObject(3, now);
                st.executeUpdate();
            }
        }
    }

    /**
     * A failed attempt: tried again after the schedule's wait, or given up (FAILED) when the delivery is older than
     * the schedule allows or is a test (tests are sent once). The subscription is paused once its last
     * {@code pauseAfterFailures} attempts all failed over at least {@code pauseAfter}. Whether it was paused now.
     */
    boolean failed(Connection c, Outcome o, OffsetDateTime now, RetrySchedule schedule, int pauseAfterFailures,
            java.time.Duration pauseAfter) throws SQLException {
        Claimed d = o.delivery();
        boolean giveUp = d.kind().equals("TEST") || schedule.givesUp(d.createdAt(), now);
        try (PreparedStatement st = c.prepareStatement("update webhook_delivery set status = ?, next_attempt_at = ?, "
                + "last_status = ?, last_error = ?, lease_until = null where id = ?")) {
            st.setString(1, giveUp ? "FAILED" : "PENDING");
            st.setObject(2, giveUp ? now : now.plus(schedule.after(d.attempts())));
            if (o.status() > 0) {
                st.setInt(3, o.status());
            } else {
                st.setNull(3, java.sql.Types.INTEGER);
            }
            st.setString(4, o.error());
            st.setLong(5, d.id());
            st.executeUpdate();
        }
        int failures;
        OffsetDateTime since;
        try (PreparedStatement st = c.prepareStatement("update webhook_subscription set "
                + "consecutive_failures = consecutive_failures + 1, failing_since = coalesce(failing_since, ?) "
                + "where id = ? returning consecutive_failures, failing_since")) {
            st.setObject(1, now);
            st.setObject(2, d.subscription());
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                failures = rs.getInt(1);
                since = rs.getObject(2, OffsetDateTime.class);
            }
        }
        if (failures < pauseAfterFailures || now.isBefore(since.plus(pauseAfter))) {
            return false;
        }
        try (PreparedStatement st = c.prepareStatement("update webhook_subscription set status = 'PAUSED', "
                + "paused_reason = ?, paused_at = ? where id = ? and status = 'ACTIVE'")) {
            st.setString(1, failures + " attempts in a row failed since " + since + "; last: " + o.error());
            st.setObject(2, now);
            st.setObject(3, d.subscription());
            return st.executeUpdate() == 1;
        }
    }

    /**
     * Gives up pending deliveries queued longer ago than {@code giveUpBefore} (a paused subscription's), and deletes
     * finished deliveries and unreferenced events older than {@code keepAfter}. How many were given up.
     */
    int sweep(Connection c, OffsetDateTime now, OffsetDateTime giveUpBefore, OffsetDateTime keepAfter)
            throws SQLException {
        int gaveUp;
        try (PreparedStatement st = c.prepareStatement("update webhook_delivery set status = 'FAILED', "
                + "last_error = coalesce(last_error || '; ', '') || 'given up: not delivered in time' "
                + "where status = 'PENDING' and created_at < ? and (lease_until is null or lease_until < ?)")) {
            st.setObject(1, giveUpBefore);
            st.setObject(2, now);
            gaveUp = st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(
                "delete from webhook_delivery where status <> 'PENDING' and created_at < ?")) {
            st.setObject(1, keepAfter);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("delete from webhook_event e where e.received_at < ? "
                + "and not exists (select 1 from webhook_delivery d where d.event_ref = e.id)")) {
            st.setObject(1, keepAfter);
            st.executeUpdate();
        }
        return gaveUp;
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON column: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
