package org.s3coop.partnership.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the service's database directly: the read models and the consumer's bookkeeping. */
public final class Db {
    private Db() {
    }

    /** The first column of the first row, or null. */
    public static Object single(String sql, Object... params) {
        var config = ConfigProvider.getConfig(Db.class.getClassLoader());
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... params) {
        return ((Number) single(sql, params)).longValue();
    }

    public static long partnerships() {
        return count("select count(*) from partnership");
    }

    /** How many times an event id was applied by a consumer. */
    public static long processed(String consumer, String eventId) {
        return count("select count(*) from processed_event where consumer = ? and event_id = ?", consumer, eventId);
    }
}
