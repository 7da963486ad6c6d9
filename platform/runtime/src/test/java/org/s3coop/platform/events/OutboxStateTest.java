package org.s3coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.platform.events.OutboxState.FAILED;
import static org.s3coop.platform.events.OutboxState.PENDING;
import static org.s3coop.platform.events.OutboxState.PUBLISHED;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

class OutboxStateTest {
    private static final String MIGRATION = "db/platform/V0_1__outbox_and_processed_events.sql";

    @Test
    void theEnumListsExactlyTheStatesTheCheckConstraintAllows() throws IOException {
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(MIGRATION)) {
            assertThat(in).as(MIGRATION).isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher check = Pattern.compile("status\\s+text[^\\n]*check \\(status in \\(([^)]*)\\)\\)").matcher(sql);
        assertThat(check.find()).as("the CHECK constraint on outbox_event.status").isTrue();
        List<String> allowed = Arrays.stream(check.group(1).split(",")).map(s -> s.trim().replace("'", "")).toList();

        assertThat(allowed).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(OutboxState.values()).map(Enum::name).toList());
        assertThat(sql).contains("status       text        not null default '" + PENDING + "'");
    }

    @Test
    void aPendingRecordIsPublishedFailedOrRetried() {
        assertThat(PENDING.next()).containsExactlyInAnyOrder(PENDING, PUBLISHED, FAILED);
        assertThat(PENDING.canBecome(PUBLISHED)).isTrue();
        assertThat(PENDING.canBecome(FAILED)).isTrue();
        assertThat(PENDING.canBecome(PENDING)).as("a retry keeps it pending").isTrue();
    }

    @Test
    void publishedAndFailedAreFinal() {
        for (OutboxState done : List.of(PUBLISHED, FAILED)) {
            assertThat(done.next()).as(done.name()).isEmpty();
            for (OutboxState any : OutboxState.values()) {
                assertThat(done.canBecome(any)).as(done + " -> " + any).isFalse();
            }
        }
    }

    @Test
    void anAcknowledgedRecordIsPublished() {
        assertThat(OutboxState.afterSend(null)).isEqualTo(PUBLISHED);
    }

    @Test
    void aRecordKafkaCanNeverTakeFails() {
        assertThat(OutboxState.afterSend(new RecordTooLargeException("1 MB"))).isEqualTo(FAILED);
        assertThat(OutboxState.afterSend(new InvalidTopicException("no such name"))).isEqualTo(FAILED);
    }

    @Test
    void anyOtherFailureIsRetried() {
        assertThat(OutboxState.afterSend(new org.apache.kafka.common.errors.TimeoutException("broker away")))
                .isEqualTo(PENDING);
        assertThat(OutboxState.afterSend(new NetworkException("reset"))).isEqualTo(PENDING);
        assertThat(OutboxState.afterSend(new NotLeaderOrFollowerException("moved"))).isEqualTo(PENDING);
        assertThat(OutboxState.afterSend(new TimeoutException())).isEqualTo(PENDING);
        assertThat(OutboxState.afterSend(new IllegalStateException("producer closed"))).isEqualTo(PENDING);
    }
}
