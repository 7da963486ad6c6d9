package org.s3coop.platform.events;

import static org.s3coop.platform.events.OutboxState.FAILED;
import static org.s3coop.platform.events.OutboxState.PENDING;
import static org.s3coop.platform.events.OutboxState.PUBLISHED;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The relay's SQL on {@code outbox_event} (schema: {@code db/platform/V0_1__outbox_and_processed_events.sql}).
 * Every method runs in the caller's transaction on the relay's connection; the caller commits. States are written
 * as literals, so that the counts and the batch select use the partial indexes on {@code status = 'PENDING'} and
 * {@code status = 'PUBLISHED'}.
 */
final class OutboxStore {
    /** The advisory lock that lets one relay per database publish at a time: "S3coop". */
    static final long LOCK_KEY = 0x53_33_63_6f_6f_70L;
    private static final int MAX_ERROR_LENGTH = 1000;

    /**
     * The session-scoped advisory lock: the relay that holds it is the only one that reads and sends, for as long as
     * its connection lives (a relay that stops or dies closes it, and PostgreSQL releases the lock once the backend has
     * ended its transaction: the next holder's reads see every mark its predecessor committed). A transaction-scoped
     * lock would end with each round's commit, so the marks of a round could not be committed while the next round's
     * records are in flight. It conflicts with the transaction-scoped lock on the same key that relays before stop 26
     * took, so mixed versions during a rolling update still publish one at a time.
     */
    private static final String TRY_LOCK = "select pg_try_advisory_lock(" + LOCK_KEY + ")";
    /**
     * The oldest PENDING records that the relay does not hold in flight already, through the partial index of PENDING
     * rows in {@code seq} order (the held ones are the oldest: the scan skips them). Not {@code seq > the last one
     * sent}: sequence values are taken before commit, so a row may commit after a row with a higher {@code seq}.
     */
    private static final String SELECT_PENDING = "select seq, event_id, topic, record_key, event_type, subject,"
            + " occurred_at, payload, traceparent from outbox_event where status = '" + PENDING + "'"
            + " and seq <> all(?) order by seq limit ?";
    /** Marks apply to PENDING rows only: PUBLISHED and FAILED are final, whoever wrote them. */
    private static final String STILL_PENDING = " and status = '" + PENDING + "'";
    private static final String MARK_PUBLISHED = "update outbox_event set status = '" + PUBLISHED
            + "', published_at = now(), attempts = attempts + 1 where seq = any(?)" + STILL_PENDING;
    private static final String MARK_FAILED = "update outbox_event set status = '" + FAILED
            + "', attempts = attempts + 1, last_error = ? where seq = any(?)" + STILL_PENDING;
    private static final String MARK_RETRIED = "update outbox_event set attempts = attempts + 1, last_error = ? "
            + "where seq = any(?)" + STILL_PENDING;
    private static final String DELETE_PUBLISHED = "delete from outbox_event where status = '" + PUBLISHED
            + "' and published_at < now() - make_interval(secs => ?)";

    /**
     * Takes the session-scoped advisory lock if no other relay holds it: true when this connection holds it now (until
     * it closes). The caller asks once per connection, and commits.
     */
    boolean tryLock(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(TRY_LOCK)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * The oldest PENDING records, in {@code seq} order, at most {@code limit}, leaving out {@code held} (the records
     * in flight). Only the lock holder calls it.
     */
    List<OutboxRecord> readPending(Connection c, int limit, List<Long> held) throws SQLException {
        List<OutboxRecord> records = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_PENDING)) {
            ps.setArray(1, c.createArrayOf("bigint", held.toArray()));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(new OutboxRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                            rs.getString(8), rs.getString(9)));
                }
            }
        }
        return records;
    }

    /**
     * Writes back what Kafka answered: PENDING → PUBLISHED, PENDING → FAILED, PENDING retried. Needs no lock: a
     * record Kafka acknowledged is on its topic whoever holds the lock now.
     */
    void write(Connection c, BatchOutcome outcome) throws SQLException {
        update(c, MARK_PUBLISHED, outcome.published(), null);
        for (Map.Entry<Long, String> f : outcome.failed().entrySet()) {
            update(c, MARK_FAILED, List.of(f.getKey()), f.getValue());
        }
        update(c, MARK_RETRIED, outcome.retried(), outcome.error());
    }

    long count(Connection c, OutboxState state) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from outbox_event where status = '" + state + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Deletes PUBLISHED records published longer than {@code retention} ago. */
    void deletePublished(Connection c, Duration retention) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE_PUBLISHED)) {
            ps.setLong(1, retention.toSeconds());
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, String sql, List<Long> seqs, String error) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (error != null) {
                ps.setString(i++, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
            }
            ps.setArray(i, c.createArrayOf("bigint", seqs.toArray()));
            ps.executeUpdate();
        }
    }
}
