package org.s3coop.partnership.rest.dto;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Status;
import org.s3coop.partnership.service.Portfolio;

@Schema(name = "Portfolio", description = "The monitoring view of all partnerships (definitions in docs/partnership-service.md)")
public record PortfolioView(
        @Schema(example = "12") long totalPartnerships,
        @Schema(description = "Partnerships by current stage (every status)") Map<Stage, Long> byStage,
        @Schema(description = "Partnerships by status") Map<Status, Long> byStatus,
        @Schema(description = "Open (ACTIVE or ON_HOLD) partnerships by stage and status") Map<Stage, Map<Status, Long>> openByStageAndStatus,
        @Schema(description = "Median days spent in each stage over completed stays (left by ADVANCE, REVERT or CLOSE); null when none") Map<Stage, Double> medianDaysInStage,
        @Schema(description = "Completed stays per stage: the sample size of the median") Map<Stage, Long> completedStays,
        @Schema(description = "Number of REVERT transitions by trigger") Map<String, Long> revertsByTrigger,
        @Schema(description = "Partnerships flagged for re-scoping") List<Rescoping> rescopingRecommended) {

    @Schema(name = "RescopingRecommended")
    public record Rescoping(UUID id, String title, Stage stage, Status status, String reason) {
    }

    public static PortfolioView of(Portfolio p) {
        return new PortfolioView(p.totalPartnerships(), p.byStage(), p.byStatus(), p.openByStageAndStatus(),
                p.medianDaysInStage(), p.completedStays(), p.revertsByTrigger(), p.rescopingRecommended().stream()
                        .map(f -> new Rescoping(f.id, f.title, f.stage, f.status, f.rescopingReason)).toList());
    }
}
