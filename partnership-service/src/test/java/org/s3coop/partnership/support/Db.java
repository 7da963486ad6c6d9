package org.s3coop.partnership.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.ConfigProvider;
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

    /** Runs {@code sql} (DDL, e.g. a test's trigger) on the service's database. */
    public static void execute(String sql) {
        var config = ConfigProvider.getConfig(Db.class.getClassLoader());
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long partnerships() {
        return count("select count(*) from partnership");
    }

    /** How many times an event id was applied by a consumer. */
    public static long processed(String consumer, String eventId) {
        return count("select count(*) from processed_event where consumer = ? and event_id = ?", consumer, eventId);
    }
}
