package org.s3coop.platform.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a creation: the subscription and, this once, its secret. */
@Schema(name = "CreatedWebhook", description = "A new webhook subscription with its signing secret (answered only "
        + "here: store it)")
public record CreatedWebhook(
        @Schema(description = "Its id") UUID id,
        @Schema(description = "The endpoint") String url,
        @Schema(description = "CloudEvent types") List<String> types,
        @Schema(description = "An editor's regions; null: every event of the types", nullable = true) List<String> regions,
        @Schema(description = "ACTIVE") WebhookStatus status,
        @Schema(description = "Most deliveries started per second", example = "10") int maxPerSecond,
        @Schema(description = "Who created it (token subject)") String owner,
        @Schema(description = "When it was created") OffsetDateTime createdAt,
        @Schema(description = "The signing secret (Standard Webhooks): verify every delivery with it",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {

    static CreatedWebhook of(Webhook w, String secret) {
        return new CreatedWebhook(w.id(), w.url(), w.types(), w.regions(), w.status(), w.maxPerSecond(), w.owner(),
                w.createdAt(), secret);
    }
}
