package org.s3coop.partnership.rest.dto;

import static org.s3coop.partnership.domain.StayKind.CLOSED;
import static org.s3coop.partnership.domain.StayKind.COMPLETED;
import static org.s3coop.partnership.domain.StayKind.ONGOING;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.Instrument;
import org.s3coop.partnership.domain.ProjectStatus;
import org.s3coop.partnership.domain.RescopingReason;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Status;
import org.s3coop.partnership.service.InvestmentFigures;
import org.s3coop.partnership.service.Portfolio;

@Schema(name = "Portfolio", description = "The monitoring view of the partnerships the filters select (definitions in "
        + "docs/partnership-service.md). Stays in a stage are counted without the time spent ON_HOLD; their lengths are "
        + "truncated to the hour (an ongoing stay's age to the day), from aggregates kept by every transition.")
public record PortfolioView(
        @Schema(example = "12") long totalPartnerships,
        @Schema(description = "Partnerships by current stage (every status)") Map<Stage, Long> byStage,
        @Schema(description = "Partnerships by status") Map<Status, Long> byStatus,
        @Schema(description = "Open (ACTIVE or ON_HOLD) partnerships by stage and status") Map<Stage, Map<Status, Long>> openByStageAndStatus,
        @Schema(description = "Median days of the completed stays in each stage (left by ADVANCE or REVERT; time ON_HOLD "
                + "left out); null when none", additionalProperties = PortfolioView.DaysOrNull.class) Map<Stage, Double> medianDaysInStage,
        @Schema(description = "Completed stays per stage: the sample size of medianDaysInStage") Map<Stage, Long> completedStays,
        @Schema(description = "Median age in days of the ongoing stays in each stage (partnerships there now, not "
                + "closed; time ON_HOLD left out); null when none", additionalProperties = PortfolioView.DaysOrNull.class) Map<Stage, Double> medianDaysOngoing,
        @Schema(description = "Ongoing stays per stage: the sample size of medianDaysOngoing") Map<Stage, Long> ongoingStays,
        @Schema(description = "Median days of the stays ended by CLOSE in each stage (time ON_HOLD left out); null when "
                + "none", additionalProperties = PortfolioView.DaysOrNull.class) Map<Stage, Double> medianDaysBeforeClose,
        @Schema(description = "Stays ended by CLOSE per stage: the sample size of medianDaysBeforeClose") Map<Stage, Long> closedStays,
        @Schema(description = "Number of REVERT transitions by trigger") Map<String, Long> revertsByTrigger,
        @Schema(description = "Open partnerships flagged for re-scoping (closed ones never are)") List<Rescoping> rescopingRecommended,
        @Schema(description = "Partnerships per programme and current stage (every status): the funnel") Map<String, Map<Stage, Long>> funnel,
        @Schema(description = "Investment projects by status") Map<ProjectStatus, Long> projectsByStatus,
        @Schema(description = "Investment projects by instrument") Map<Instrument, Long> projectsByInstrument,
        @Schema(description = "Per instrument: EUR requested by the projects submitted (SUBMITTED and after, not "
                + "WITHDRAWN) and EUR granted to those FUNDED, RUNNING or COMPLETED") Map<Instrument, InvestmentFigures.Money> mobilisedByInstrument,
        @Schema(description = "The investment mobilised, all instruments") InvestmentFigures.Money mobilised,
        @Schema(description = "TRL progression per instrument: the projects' average TRL at start and targeted") Map<Instrument, InvestmentFigures.Trl> trlByInstrument,
        @Schema(example = "2026-H1", description = "The last closed half-year") String lastClosedPeriod,
        @Schema(description = "Open partnerships with no submitted report for the last closed half-year (reportOverdue)") long overdueReports) {

    /** The value of the median maps: days, or null when there is no stay to take the median of. */
    @Schema(name = "DaysOrNull", type = SchemaType.NUMBER, nullable = true, description = "Days; null when none")
    public static final class DaysOrNull {
        private DaysOrNull() {
        }
    }

    @Schema(name = "RescopingRecommended")
    public record Rescoping(UUID id, String title, Stage stage, Status status,
            @Schema(description = "The latest reason") String reason,
            @Schema(description = "Every reason since re-scoping was last cleared") List<RescopingReason> reasons,
            @Schema(description = "When the first of them was given", nullable = true) OffsetDateTime since) {
    }

    public static PortfolioView of(Portfolio p, InvestmentFigures i) {
        return new PortfolioView(p.totalPartnerships(), p.byStage(), p.byStatus(), p.openByStageAndStatus(),
                p.medianDays().get(COMPLETED), p.stays().get(COMPLETED), p.medianDays().get(ONGOING),
                p.stays().get(ONGOING), p.medianDays().get(CLOSED), p.stays().get(CLOSED), p.revertsByTrigger(),
                p.rescopingRecommended().stream().map(f -> new Rescoping(f.id(), f.title(), f.stage(), f.status(),
                        f.reason(), f.reasons(), f.reasons().isEmpty() ? null : f.reasons().get(0).at())).toList(),
                i.funnel(), i.projectsByStatus(), i.projectsByInstrument(), i.mobilisedByInstrument(), i.mobilised(),
                i.trlByInstrument(), i.lastClosedPeriod(), i.overdueReports());
    }
}
