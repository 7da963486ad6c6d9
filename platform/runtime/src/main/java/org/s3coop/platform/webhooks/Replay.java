package org.s3coop.platform.webhooks;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.platform.contract.ContractPatterns;

/** {@code POST .../replay}: send again what the subscription got from a time on, and how many that was. */
public final class Replay {
    private Replay() {
    }

    @Schema(name = "ReplayRequest", description = "Send again every event this subscription was sent from a time on")
    public record Request(@NotNull @Pattern(regexp = ContractPatterns.INSTANT, message = ContractPatterns.INSTANT_RULE)
            @Schema(description = "Events at or after this time (their `ce-time`)", type = SchemaType.STRING,
                    format = "date-time", example = "2026-11-30T10:00:00Z") String from) {

        OffsetDateTime time() {
            return OffsetDateTime.parse(from);
        }
    }

    @Schema(name = "ReplayResult", description = "What a replay queued")
    public record Result(@Schema(description = "Deliveries queued (kind REPLAY), in the original order",
            example = "12") long queued, @Schema(description = "From when") OffsetDateTime from) {
    }
}
