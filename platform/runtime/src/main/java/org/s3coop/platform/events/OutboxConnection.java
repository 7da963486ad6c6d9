package org.s3coop.platform.events;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The relay's own JDBC connection (not a pooled one: it stays open and {@code LISTEN}s on {@code s3coop_outbox},
 * which the outbox trigger notifies when an insert commits, and holds the relay's advisory lock while it publishes). Opened on first use and again after {@link #close()};
 * not in auto-commit mode.
 */
final class OutboxConnection implements AutoCloseable {
    static final String CHANNEL = "s3coop_outbox";
    /**
     * The server's side of this session notices a vanished client (its node gone, a network cut) within about 25 s,
     * not the operating system's two hours: the session holds the relay's advisory lock, which passes to another
     * replica only when PostgreSQL ends the session. (A process that was killed closes its socket: the lock passes at
     * once.) Ignored on a Unix-domain socket.
     */
    static final String KEEPALIVE = "set tcp_keepalives_idle = 10; set tcp_keepalives_interval = 5;"
            + " set tcp_keepalives_count = 3; set tcp_user_timeout = 25000";

    private final String url;
    private final Properties properties;
    private Connection connection;

    OutboxConnection(String url, Optional<String> user, Optional<String> password, String applicationName,
            Duration sweepInterval) {
        this.url = url;
        this.properties = properties(user, password, applicationName, sweepInterval);
    }

    /** The driver settings: short connect timeout; a socket timeout well above the sweep's wait for notifications. */
    static Properties properties(Optional<String> user, Optional<String> password, String applicationName,
            Duration sweepInterval) {
        Properties p = new Properties();
        user.ifPresent(u -> p.setProperty("user", u));
        password.ifPresent(pw -> p.setProperty("password", pw));
        p.setProperty("ApplicationName", applicationName);
        p.setProperty("connectTimeout", "5");
        p.setProperty("socketTimeout", String.valueOf(Math.max(30, sweepInterval.toSeconds() * 3)));
        return p;
    }

    /** The open connection, listening; opens it when there is none. */
    Connection get() throws SQLException {
        if (connection == null || connection.isClosed()) {
            Connection c = DriverManager.getConnection(url, properties);
            try (Statement st = c.createStatement()) {
                st.execute("LISTEN " + CHANNEL);
                st.execute(KEEPALIVE);
            }
            c.setAutoCommit(false);
            c.commit();
            connection = c;
        }
        return connection;
    }

    /** Waits up to {@code timeout} for a notification (an outbox insert committed); how many arrived. */
    int awaitNotifications(Duration timeout) throws SQLException {
        PGNotification[] notes = get().unwrap(PGConnection.class).getNotifications((int) timeout.toMillis());
        return notes == null ? 0 : notes.length;
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already gone
            }
            connection = null;
        }
    }
}
