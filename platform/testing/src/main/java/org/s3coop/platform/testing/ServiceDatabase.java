package org.s3coop.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the database of the service under test directly (its JDBC URL from the test's configuration). */
public final class ServiceDatabase {
    private ServiceDatabase() {
    }

    /** The first column of the first row, or null. */
    public static Object single(String sql, Object... params) {
        var config = ConfigProvider.getConfig(ServiceDatabase.class.getClassLoader());
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

    /** The number in the first column of the first row. */
    public static long count(String sql, Object... params) {
        return ((Number) single(sql, params)).longValue();
    }

    /** Events the service wrote to its outbox for one aggregate. */
    public static long outboxEvents(String eventType, String aggregateId) {
        return count("select count(*) from outbox_event where event_type = ? and record_key = ?", eventType, aggregateId);
    }
}
