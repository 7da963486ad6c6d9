package org.s3coop.partnership.rest.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.HistoryAction;
import org.s3coop.partnership.domain.Outcome;
import org.s3coop.partnership.domain.RevertTrigger;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.domain.Status;

@Schema(name = "HistoryEntry", description = "The proposal or one transition of a partnership")
public record HistoryEntryView(
        @Schema(example = "REVERT", description = "The proposal or the transition's action") HistoryAction action,
        @Schema(example = "PILOT", description = "Stage before (null for PROPOSE)", nullable = true) Stage from,
        @Schema(example = "SCOPING", description = "Stage after") Stage to,
        @Schema(description = "Status before (null for PROPOSE)", nullable = true) Status fromStatus,
        Status toStatus,
        @Schema(example = "SCOPE_NOT_GRANULAR", description = "REVERT only; else null", nullable = true) RevertTrigger trigger,
        @Schema(example = "the scope is too broad to pilot", description = "null when none was given", nullable = true)
        String reason,
        @Schema(description = "CLOSE only; else null", nullable = true) Outcome outcome,
        @Schema(example = "editor-ES51", description = "Who did it (the token's name)") String actor,
        OffsetDateTime at,
        @Schema(example = "7", description = "The partnership's version after this step") long version) {

    public static HistoryEntryView of(StageTransition t) {
        return new HistoryEntryView(t.action, t.fromStage, t.toStage, t.fromStatus, t.toStatus, t.trigger, t.reason,
                t.outcome, t.actor, t.occurredAt, t.version);
    }
}
