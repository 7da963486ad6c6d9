package org.s3coop.partnership.support;

import org.s3coop.platform.testing.ServiceDatabase;

/** Reads the service's database directly: the read models and the consumer's bookkeeping. */
public final class Db {
    private Db() {
    }

    /** The first column of the first row, or null. */
    public static Object single(String sql, Object... params) {
        return ServiceDatabase.single(sql, params);
    }

    public static long count(String sql, Object... params) {
        return ServiceDatabase.count(sql, params);
    }

    public static long partnerships() {
        return count("select count(*) from partnership");
    }

    /** How many times an event id was applied by a consumer. */
    public static long processed(String consumer, String eventId) {
        return count("select count(*) from processed_event where consumer = ? and event_id = ?", consumer, eventId);
    }
}
