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
     * The lock and the batch in one round trip: the one-row subquery takes the lock first (a volatile function: it
     * runs once, before the batch is read), and the batch is read only when the lock was granted (a one-time filter
     * on {@code locked}; the partial index of PENDING rows in {@code seq} order otherwise). One row with
     * {@code locked} false when another relay holds the lock; one row with {@code locked} true and no record when
     * nothing is pending. The statement's snapshot is taken before the lock is granted, so it may not yet see the
     * marks of the relay that released the lock in between: {@code for update} re-reads each picked row's latest
     * committed version and drops those no longer PENDING, so no record is published twice by two relays.
     */
    private static final String LOCK_AND_SELECT_PENDING = "select l.locked, o.seq, o.event_id, o.topic, o.record_key,"
            + " o.event_type, o.subject, o.occurred_at, o.payload, o.traceparent"
            + " from (select pg_try_advisory_xact_lock(" + LOCK_KEY + ") as locked) l"
            + " left join lateral (select seq, event_id, topic, record_key, event_type, subject, occurred_at, payload,"
            + " traceparent from outbox_event where l.locked and status = '" + PENDING + "' order by seq limit ?"
            + " for update) o on true order by o.seq";
    private static final String MARK_PUBLISHED = "update outbox_event set status = '" + PUBLISHED
            + "', published_at = now(), attempts = attempts + 1 where seq = any(?)";
    private static final String MARK_FAILED = "update outbox_event set status = '" + FAILED
            + "', attempts = attempts + 1, last_error = ? where seq = any(?)";
    private static final String MARK_RETRIED = "update outbox_event set attempts = attempts + 1, last_error = ? "
            + "where seq = any(?)";
    private static final String DELETE_PUBLISHED = "delete from outbox_event where status = '" + PUBLISHED
            + "' and published_at < now() - make_interval(secs => ?)";

    /**
     * Takes the transaction-scoped advisory lock if no other relay holds it and reads the oldest PENDING records, in
     * {@code seq} order, at most {@code limit}, in one statement; null when another replica holds the lock (it is
     * publishing: the caller rolls back and waits for the next round).
     */
    List<OutboxRecord> lockAndReadPending(Connection c, int limit) throws SQLException {
        List<OutboxRecord> records = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(LOCK_AND_SELECT_PENDING)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getBoolean(1)) {
                        return null;
                    }
                    long seq = rs.getLong(2);
                    if (!rs.wasNull()) {
                        records.add(new OutboxRecord(seq, rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
                                rs.getString(9), rs.getString(10)));
                    }
                }
            }
        }
        return records;
    }

    /** Writes back what a batch's send did: PENDING → PUBLISHED, PENDING → FAILED, PENDING retried. */
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
