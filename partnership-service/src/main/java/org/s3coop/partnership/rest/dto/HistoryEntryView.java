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
        @Schema(implementation = HistoryAction.class, example = "REVERT",
                description = "The proposal or the transition's action") String action,
        @Schema(example = "PILOT", description = "Stage before (null for PROPOSE)") Stage from,
        @Schema(example = "SCOPING", description = "Stage after") Stage to,
        Status fromStatus,
        Status toStatus,
        @Schema(example = "SCOPE_NOT_GRANULAR") RevertTrigger trigger,
        @Schema(example = "the scope is too broad to pilot") String reason,
        Outcome outcome,
        @Schema(example = "editor-ES51", description = "Who did it (the token's name)") String actor,
        OffsetDateTime at,
        @Schema(example = "7", description = "The partnership's version after this step") long version) {

    public static HistoryEntryView of(StageTransition t) {
        return new HistoryEntryView(t.action.name(), t.fromStage, t.toStage, t.fromStatus, t.toStatus, t.trigger, t.reason,
                t.outcome, t.actor, t.occurredAt, t.version);
    }
}
