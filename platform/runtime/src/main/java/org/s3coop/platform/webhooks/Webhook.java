package org.s3coop.platform.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as its owner reads it (never with its secret). */
@Schema(name = "Webhook", description = "A webhook subscription")
public record Webhook(
        @Schema(description = "Its id") UUID id,
        @Schema(description = "The endpoint", example = "https://portal.example.org/hooks/s3coop") String url,
        @Schema(description = "CloudEvent types: exact, prefixes ending with `*`, or `*`",
                example = "[\"org.s3coop.partnership.*\"]") List<String> types,
        @Schema(description = "An editor's subscription: only events that name one of these regions; null: every "
                + "event of the types (an admin's)", example = "[\"ES51\"]", nullable = true) List<String> regions,
        @Schema(description = "ACTIVE, or PAUSED (by its owner, or after its attempts kept failing)") WebhookStatus status,
        @Schema(description = "Why it is paused; null while ACTIVE", nullable = true) String pausedReason,
        @Schema(description = "When it was paused; null while ACTIVE", nullable = true) OffsetDateTime pausedAt,
        @Schema(description = "Most deliveries started per second", example = "10") int maxPerSecond,
        @Schema(description = "Failed attempts since the last delivered one", example = "0") int consecutiveFailures,
        @Schema(description = "When the current run of failed attempts began; null when the last attempt succeeded",
                nullable = true) OffsetDateTime failingSince,
        @Schema(description = "Who created it (token subject)", example = "coordinator@es51") String owner,
        @Schema(description = "When it was created; it gets the events from then on") OffsetDateTime createdAt) {
}
