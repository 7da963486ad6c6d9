package org.s3coop.partnership.rest.dto;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.CriterionResult;
import org.s3coop.partnership.domain.Readiness;
import org.s3coop.partnership.domain.Regression;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Status;

@Schema(name = "Readiness", description = "The criteria of the next gate, met or not")
public record ReadinessView(
        UUID partnershipId,
        @Schema(example = "SCOPING") Stage stage,
        @Schema(example = "ACTIVE") Status status,
        @Schema(example = "MAPPING", description = "null in SCALE_UP: there is no next gate", nullable = true) Stage nextStage,
        @Schema(example = "SCOPING_TO_MAPPING", description = "null in SCALE_UP", nullable = true) String gate,
        @Schema(description = "true when every criterion is met: ADVANCE would pass the gate") boolean ready,
        List<CriterionResult> criteria,
        @Schema(description = "Criteria of gates already passed that no longer hold (the partnership's regressions)")
        List<Regression> regressions,
        @Schema(example = "3") long version) {

    public static ReadinessView of(Readiness r) {
        var p = r.partnership();
        return new ReadinessView(p.id, p.stage, p.status, r.gate().map(g -> g.to).orElse(null),
                r.gate().map(Enum::name).orElse(null), r.ready(), r.criteria(), p.regressions, p.version);
    }
}
