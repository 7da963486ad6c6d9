package org.s3coop.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.system.NutsCodes;
import org.s3coop.system.Suite;

/** Data the fault scenarios write, with names no other system test uses, and the database checks they share. */
final class Fixtures {
    static final String ADMIN = TestTokens.admin();
    static final Duration EVENTUALLY = Duration.ofSeconds(90);

    private Fixtures() {
    }

    /**
     * A fresh NUTS 3 code (a real one: regions are NUTS 2024 codes) for a role of a scenario, e.g. {@code "QK"}: two
     * roles give regions of two countries ({@link NutsCodes}).
     */
    static String code(String role) {
        return NutsCodes.code(role);
    }

    static String regionBody(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"Fault region " + code + "\",\"priorities\":"
                + "[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\",\"label\":\"Plastics\"}]}";
    }

    static Api.Reply registerRegion(String code) {
        return regionWrite(Suite.region(), code);
    }

    /** Registers a region through the given region-service instance. */
    static Api.Reply regionWrite(Suite.Service regionService, String code) {
        return Api.post(regionService, "/api/v1/regions", ADMIN, regionBody(code));
    }

    static String proposalBody(String title, String lead, String member) {
        return """
                {"title":"%s","priority":{"family":"ECONOMIC_DOMAIN","code":"C22"},"leadRegion":"%s",
                 "members":[{"regionCode":"%s","role":"lead","contribution":"pilot lines"},
                            {"regionCode":"%s","role":"partner","contribution":"research"}]}"""
                .formatted(title, lead, lead, member);
    }

    static Api.Reply propose(String title, String lead, String member) {
        return Api.post(Suite.partnership(), "/api/v1/partnerships", ADMIN, proposalBody(title, lead, member));
    }

    static String challengeBody(String title, String partnershipId, String severity) {
        return """
                {"cluster":"FUNDING","subDimension":"CONTINUED_FUNDING","title":"%s","description":"fault scenario",
                 "scope":{"type":"PARTNERSHIP","ref":"%s"},"severity":"%s"}""".formatted(title, partnershipId, severity);
    }

    static Api.Reply raiseChallenge(String title, String partnershipId, String severity) {
        return Api.post(Suite.challenge(), "/api/v1/challenges", ADMIN, challengeBody(title, partnershipId, severity));
    }

    static Api.Reply transition(String partnershipId, String body, String ifMatch) {
        return Api.write("POST", Suite.partnership(), "/api/v1/partnerships/" + partnershipId + "/transitions", ADMIN, body,
                ifMatch);
    }

    /** Two regions of two countries, known to partnership-service (a partnership of them can be proposed). Returns its id. */
    static String partnershipOfNewRegions(String lead, String member, String title) {
        assertThat(registerRegion(lead).status()).isEqualTo(201);
        assertThat(registerRegion(member).status()).isEqualTo(201);
        String[] id = new String[1];
        Awaitility.await("regions known to partnership-service").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    Api.Reply r = propose(title, lead, member);
                    assertThat(r.status()).as(r.text()).isEqualTo(201);
                    id[0] = r.text("id");
                });
        return id[0];
    }

    /**
     * A partnership of two new regions that challenge-service knows too (a challenge on it is accepted, and one LOW
     * challenge is raised to prove it). Returns its id.
     */
    static String anchorKnownEverywhere(String lead, String member, String title) {
        String id = partnershipOfNewRegions(lead, member, uniqueTitle(title));
        Awaitility.await("partnership known to challenge-service").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> assertThat(raiseChallenge(uniqueTitle("anchor"), id, "LOW").status()).isEqualTo(201));
        return id;
    }

    static String uniqueTitle(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    static long count(Suite.Service service, String sql, Object... params) throws SQLException {
        try (Connection c = Suite.jdbc(service); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<String> strings(Suite.Service service, String sql, Object... params) throws SQLException {
        try (Connection c = Suite.jdbc(service); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    static String[] array(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    /** Outbox rows not yet acknowledged by Kafka, in all three services' databases. */
    static long outboxPending() throws SQLException {
        long pending = 0;
        for (Suite.Service s : Suite.services()) {
            pending += count(s, "select count(*) from outbox_event where status = 'PENDING'");
        }
        return pending;
    }

    /** The CloudEvent ids a producer wrote to its outbox for the given record keys. */
    static List<String> outboxIds(Suite.Service producer, Collection<String> keys) throws SQLException {
        try (Connection c = Suite.jdbc(producer); PreparedStatement ps = c.prepareStatement(
                "select event_id::text from outbox_event where record_key = any(?)")) {
            ps.setArray(1, c.createArrayOf("text", array(keys)));
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /** How many processed_event rows a consumer's database holds for these event ids (exactly once: = ids.size()). */
    static long processed(Suite.Service consumer, Collection<String> eventIds) throws SQLException {
        try (Connection c = Suite.jdbc(consumer); PreparedStatement ps = c.prepareStatement(
                "select count(*) from processed_event where event_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("text", array(eventIds)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** processed_event rows recorded more than once for the same (consumer, event id): 0 when consumers are idempotent. */
    static long processedTwice(Suite.Service consumer, Collection<String> eventIds) throws SQLException {
        try (Connection c = Suite.jdbc(consumer); PreparedStatement ps = c.prepareStatement(
                "select count(*) from (select consumer, event_id from processed_event where event_id = any(?) "
                        + "group by consumer, event_id having count(*) > 1) twice")) {
            ps.setArray(1, c.createArrayOf("text", array(eventIds)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }
}
