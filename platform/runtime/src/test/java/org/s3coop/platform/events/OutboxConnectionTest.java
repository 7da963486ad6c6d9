package org.s3coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class OutboxConnectionTest {
    @Test
    void namesItselfAndWaitsLongerOnTheSocketThanForANotification() {
        Properties p = OutboxConnection.properties(Optional.of("region"), Optional.of("secret"),
                "region-service-outbox-relay", Duration.ofSeconds(20));

        assertThat(p).containsEntry("user", "region").containsEntry("password", "secret")
                .containsEntry("ApplicationName", "region-service-outbox-relay")
                .containsEntry("connectTimeout", "5")
                .containsEntry("socketTimeout", "60");
    }

    @Test
    void theSocketTimeoutIsAtLeast30SecondsAndCredentialsAreOptional() {
        Properties p = OutboxConnection.properties(Optional.empty(), Optional.empty(), "x", Duration.ofSeconds(2));

        assertThat(p).doesNotContainKeys("user", "password").containsEntry("socketTimeout", "30");
    }
}
