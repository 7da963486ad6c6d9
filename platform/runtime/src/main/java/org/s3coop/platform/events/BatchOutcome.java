package org.s3coop.platform.events;

import java.util.List;
import java.util.Map;

/**
 * What sending one batch did to its PENDING records, as the relay writes it back in one transaction: the records
 * Kafka acknowledged (now PUBLISHED), those it can never take (now FAILED, with why), and those that stay PENDING
 * to be sent again, with the batch's first failure as their {@code last_error}. Every record of the batch gets one
 * more {@code attempts}.
 */
record BatchOutcome(List<Long> published, Map<Long, String> failed, List<Long> retried, String error) {

    BatchOutcome {
        published = List.copyOf(published);
        failed = Map.copyOf(failed);
        retried = List.copyOf(retried);
        if (!retried.isEmpty() && error == null) {
            throw new IllegalArgumentException("records to retry need the failure that keeps them pending");
        }
    }

    /** The state of the record {@code seq} of this batch after it. */
    OutboxState stateOf(long seq) {
        if (published.contains(seq)) {
            return OutboxState.PUBLISHED;
        }
        if (failed.containsKey(seq)) {
            return OutboxState.FAILED;
        }
        if (retried.contains(seq)) {
            return OutboxState.PENDING;
        }
        throw new IllegalArgumentException("record " + seq + " is not part of this batch");
    }

    /** True when Kafka settled every record for good (none is left to retry). */
    boolean settled() {
        return error == null;
    }
}
