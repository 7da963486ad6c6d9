package org.s3coop.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one statement of a consumed event: its processed_event row first, the read model's change gated by it. */
class ReadModelStatementTest {

    @Test
    void theEventIsRecordedFirstWithTheConsumerAndIdAfterTheReadModelsParameters() {
        ReadModelStatement statement = ReadModelStatement.of(2, "up as (insert into t (k, v) select $1, $2 where "
                + ReadModelStatement.ON_FIRST_DELIVERY + " returning 1)", "(select count(*) from up)");

        assertThat(statement.sql()).isEqualTo("with first_delivery as (insert into processed_event (consumer, "
                + "event_id) values ($3, $4) on conflict do nothing returning 1), up as (insert into t (k, v) select "
                + "$1, $2 where exists (select 1 from first_delivery) returning 1) select (select count(*) from "
                + "first_delivery), (select count(*) from up)");
        assertThat(statement.bind("k", 7L).with("regions", "e-1")).containsExactly("k", 7L, "regions", "e-1");
    }

    @Test
    void aChangeThatIsNotGatedByTheFirstDeliveryOrMissesAValueIsRefused() {
        assertThatThrownBy(() -> ReadModelStatement.of(1, "up as (insert into t (k) values ($1) returning 1)", "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first_delivery");
        ReadModelStatement statement = ReadModelStatement.of(2, "up as (insert into t (k, v) select $1, $2 where "
                + ReadModelStatement.ON_FIRST_DELIVERY + " returning 1)", "(select count(*) from up)");
        assertThatThrownBy(() -> statement.bind("k")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventNotReadIsOnlyRecorded() {
        assertThat(ReadModelStatement.NONE.statement().sql()).isEqualTo("with first_delivery as (insert into "
                + "processed_event (consumer, event_id) values ($1, $2) on conflict do nothing returning 1) select "
                + "(select count(*) from first_delivery), 0");
        assertThat(ReadModelStatement.NONE.with("partnerships", "e-2")).containsExactly("partnerships", "e-2");
    }
}
