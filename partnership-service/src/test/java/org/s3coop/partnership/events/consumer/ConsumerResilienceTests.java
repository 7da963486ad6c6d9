package org.s3coop.partnership.events.consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Db;
import org.s3coop.partnership.support.Kafka;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.CloudEventRecords;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A database failure in the middle of applying an event is retried (on the record's Vert.x context, as Hibernate
 * Reactive requires) until it succeeds: the event is applied once and not dead-lettered.
 */
@QuarkusTest
class ConsumerResilienceTests {

    @Test
    void anEventInterruptedByALostDatabaseConnectionIsRetriedAndApplied() throws Exception {
        String code = Regions.known("ES", "C22");
        var config = ConfigProvider.getConfig(getClass().getClassLoader());
        try (Connection blocker = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""))) {
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement("select * from known_region where code = ? for update")) {
                lock.setString(1, code);
                lock.executeQuery().close();
            }
            String update = Regions.publish(Regions.UPDATED, code, 2, true, "C22", "HEALTH");
            // the consumer waits for the row lock; cut its connection, as a database restart would
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> terminateWaiting(blocker) > 0);
            blocker.rollback();
            Regions.awaitProcessed(update);
        }
        assertEquals(2L, Regions.version(code));
        assertTrue(Regions.priorities(code).contains("HEALTH"));
        try (CloudEventRecords dlq = Kafka.reader(Kafka.DLQ)) {
            assertTrue(dlq.drain(e -> code.equals(e.key()), Duration.ofSeconds(2)).isEmpty(), "nothing dead-lettered");
        }
        assertEquals(1, Db.count("select count(*) from known_region where code = ?", code));
    }

    private static int terminateWaiting(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where wait_event_type = 'Lock' "
                        + "and datname = current_database() and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
