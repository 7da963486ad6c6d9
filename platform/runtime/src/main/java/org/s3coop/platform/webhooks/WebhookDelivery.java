package org.s3coop.platform.webhooks;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a subscription's delivery log. */
@Schema(name = "WebhookDelivery", description = "A message to a webhook subscription and what became of it")
public record WebhookDelivery(
        @Schema(description = "Its id in the log", example = "1042") long id,
        @Schema(description = "The message id (`webhook-id`, `ce-id`): the CloudEvent id, the same in every attempt "
                + "and in replays") String messageId,
        @Schema(description = "The CloudEvent type", example = "org.s3coop.partnership.stage-advanced.v1") String type,
        @Schema(description = "The CloudEvent subject (deliveries of one subject go in order)") String subject,
        @Schema(description = "EVENT, REPLAY (sent again by a replay) or TEST") DeliveryKind kind,
        @Schema(description = "PENDING (not delivered yet), DELIVERED (a 2xx answer) or FAILED (given up)")
        DeliveryStatus status,
        @Schema(description = "Attempts so far", example = "1") int attempts,
        @Schema(description = "When it was queued") OffsetDateTime createdAt,
        @Schema(description = "When it was last attempted; null before the first attempt", nullable = true)
        OffsetDateTime lastAttemptAt,
        @Schema(description = "PENDING: when it is attempted next (not before); else null", nullable = true)
        OffsetDateTime nextAttemptAt,
        @Schema(description = "When the endpoint accepted it; null until then", nullable = true) OffsetDateTime deliveredAt,
        @Schema(description = "The HTTP status of the last answer; null before one", example = "204", nullable = true)
        Integer lastStatus,
        @Schema(description = "Why the last attempt failed; null when it did not", nullable = true) String lastError) {

    /** Why a delivery was sent. */
    public enum DeliveryKind {
        EVENT, REPLAY, TEST
    }

    /** Where a delivery stands. */
    public enum DeliveryStatus {
        PENDING, DELIVERED, FAILED
    }
}
