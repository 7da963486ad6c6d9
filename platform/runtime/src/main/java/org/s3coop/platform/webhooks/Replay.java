package org.s3coop.platform.webhooks;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST .../replay}: send again what the subscription got from a time on, and how many that was. */
public final class Replay {
    private Replay() {
    }

    @Schema(name = "ReplayRequest", description = "Send again every event this subscription was sent from a time on")
    public record Request(@NotNull @Schema(description = "Events at or after this time (their `ce-time`)",
            example = "2026-11-30T10:00:00Z") OffsetDateTime from) {
    }

    @Schema(name = "ReplayResult", description = "What a replay queued")
    public record Result(@Schema(description = "Deliveries queued (kind REPLAY), in the original order",
            example = "12") long queued, @Schema(description = "From when") OffsetDateTime from) {
    }
}
