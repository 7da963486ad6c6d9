package org.s3coop.partnership.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.domain.RescopingFlag;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Status;
import org.s3coop.partnership.domain.StayKind;
import org.s3coop.partnership.repository.PartnershipRepository.StageStatusCount;
import org.s3coop.partnership.service.Portfolio.Stays;
import org.s3coop.partnership.service.Portfolio.TriggerCount;

/** The portfolio figures from what the database aggregated: every stage and status present, zero when empty. */
class PortfolioTest {

    @Test
    void nothingYetIsZeroesAndNoMedians() {
        Portfolio p = Portfolio.of(List.of(), List.of(), List.of(), List.of());
        assertThat(p.totalPartnerships()).isZero();
        assertThat(p.byStage()).containsExactly(Map.entry(Stage.SCOPING, 0L), Map.entry(Stage.MAPPING, 0L),
                Map.entry(Stage.PILOT, 0L), Map.entry(Stage.SCALE_UP, 0L));
        assertThat(p.byStatus()).containsExactly(Map.entry(Status.ACTIVE, 0L), Map.entry(Status.ON_HOLD, 0L),
                Map.entry(Status.CLOSED, 0L));
        assertThat(p.openByStageAndStatus()).hasSize(4).allSatisfy((stage, row) -> assertThat(row)
                .containsExactly(Map.entry(Status.ACTIVE, 0L), Map.entry(Status.ON_HOLD, 0L)));
        assertThat(p.medianDaysInStage()).hasSize(4).containsOnlyKeys(Stage.values()).values().containsOnlyNulls();
        assertThat(p.completedStays()).hasSize(4).values().containsOnly(0L);
        assertThat(p.revertsByTrigger()).isEmpty();
        assertThat(p.rescopingRecommended()).isEmpty();
    }

    @Test
    void countsAddUpByStageAndStatusAndOpenLeavesClosedOut() {
        Portfolio p = Portfolio.of(List.of(new StageStatusCount(Stage.SCOPING, Status.ACTIVE, 5),
                new StageStatusCount(Stage.SCOPING, Status.CLOSED, 2), new StageStatusCount(Stage.PILOT, Status.ON_HOLD, 1),
                new StageStatusCount(Stage.PILOT, Status.ACTIVE, 3)), List.of(), List.of(), List.of());
        assertThat(p.totalPartnerships()).isEqualTo(11);
        assertThat(p.byStage()).containsEntry(Stage.SCOPING, 7L).containsEntry(Stage.PILOT, 4L)
                .containsEntry(Stage.MAPPING, 0L);
        assertThat(p.byStatus()).containsExactly(Map.entry(Status.ACTIVE, 8L), Map.entry(Status.ON_HOLD, 1L),
                Map.entry(Status.CLOSED, 2L));
        assertThat(p.openByStageAndStatus().get(Stage.SCOPING)).containsExactly(Map.entry(Status.ACTIVE, 5L),
                Map.entry(Status.ON_HOLD, 0L));
        assertThat(p.openByStageAndStatus().get(Stage.PILOT)).containsExactly(Map.entry(Status.ACTIVE, 3L),
                Map.entry(Status.ON_HOLD, 1L));
    }

    @Test
    void mediansAreRoundedToThreeDecimalsWithTheirSampleSize() {
        Portfolio p = Portfolio.of(List.of(), List.of(new Stays(Stage.SCOPING, StayKind.COMPLETED, 3, 12.3456789),
                new Stays(Stage.PILOT, StayKind.COMPLETED, 1, 0.0004)), List.of(), List.of());
        assertThat(p.medianDaysInStage()).containsEntry(Stage.SCOPING, 12.346).containsEntry(Stage.PILOT, 0.0)
                .containsEntry(Stage.MAPPING, null);
        assertThat(p.completedStays()).containsEntry(Stage.SCOPING, 3L).containsEntry(Stage.PILOT, 1L)
                .containsEntry(Stage.SCALE_UP, 0L);
    }

    @Test
    void ongoingStaysAndStaysEndedByCloseAreReportedApart() {
        Portfolio p = Portfolio.of(List.of(), List.of(new Stays(Stage.MAPPING, StayKind.COMPLETED, 2, 10),
                new Stays(Stage.MAPPING, StayKind.ONGOING, 4, 31.5), new Stays(Stage.MAPPING, StayKind.CLOSED, 1, 2.25)),
                List.of(), List.of());
        assertThat(p.medianDays().get(StayKind.COMPLETED)).containsEntry(Stage.MAPPING, 10.0);
        assertThat(p.medianDays().get(StayKind.ONGOING)).containsEntry(Stage.MAPPING, 31.5).containsEntry(Stage.PILOT, null);
        assertThat(p.medianDays().get(StayKind.CLOSED)).containsEntry(Stage.MAPPING, 2.25);
        assertThat(p.stays().get(StayKind.ONGOING)).containsEntry(Stage.MAPPING, 4L).containsEntry(Stage.SCOPING, 0L);
        assertThat(p.stays().get(StayKind.CLOSED)).containsEntry(Stage.MAPPING, 1L);
        assertThat(p.completedStays()).containsEntry(Stage.MAPPING, 2L);
    }

    @Test
    void revertsAreByTriggerInNameOrderAndFlaggedPartnershipsKept() {
        RescopingFlag flagged = new RescopingFlag(UUID.randomUUID(), "t", Stage.MAPPING, Status.ACTIVE,
                "a partner left", List.of());
        Portfolio p = Portfolio.of(List.of(), List.of(), List.of(new TriggerCount("SCOPE_NOT_GRANULAR", 2),
                new TriggerCount("NEW_LEAD_REGION", 1)), List.of(flagged));
        assertThat(p.revertsByTrigger()).containsExactly(Map.entry("NEW_LEAD_REGION", 1L),
                Map.entry("SCOPE_NOT_GRANULAR", 2L));
        assertThat(p.rescopingRecommended()).containsExactly(flagged);
    }
}
