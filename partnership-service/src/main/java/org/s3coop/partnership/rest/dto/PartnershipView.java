package org.s3coop.partnership.rest.dto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.CommitmentLetter;
import org.s3coop.partnership.domain.ComplementarityMap;
import org.s3coop.partnership.domain.FundingPlan;
import org.s3coop.partnership.domain.Member;
import org.s3coop.partnership.domain.Outcome;
import org.s3coop.partnership.domain.Participant;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PartnershipPriority;
import org.s3coop.partnership.domain.PilotReport;
import org.s3coop.partnership.domain.Regression;
import org.s3coop.partnership.domain.RescopingReason;
import org.s3coop.partnership.domain.ScopingNote;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Status;
import org.s3coop.platform.time.UtcClock;

@Schema(name = "Partnership", description = "A partnership as it is now")
public record PartnershipView(
        UUID id,
        @Schema(example = "Bio-based packaging") String title,
        PartnershipPriority priority,
        @Schema(example = "INTERREGIONAL_COOPERATION", description = "The programme whose rules drive the gates") String programme,
        @Schema(example = "ES51", description = "The coordinating lead: one of the LEAD members") String leadRegion,
        @Schema(description = "Every member, INVITED ones included (status says which); only ACTIVE members count")
        List<Member> members,
        List<Participant> participants,
        @Schema(description = "The members' commitment letters") List<CommitmentLetter> commitmentLetters,
        @Schema(example = "SCOPING") Stage stage,
        @Schema(example = "ACTIVE") Status status,
        @Schema(description = "Set once CLOSED; null before", nullable = true) Outcome outcome,
        Evidence evidence,
        @Schema(description = "Re-scoping is recommended: a member region was retired or dropped the priority, or a "
                + "passed gate regressed; cleared by REVERT or DISMISS_RESCOPING") boolean rescopingRecommended,
        @Schema(example = "member region DE21 was retired", description = "The latest of rescopingReasons; null when "
                + "re-scoping is not recommended", nullable = true) String rescopingReason,
        @Schema(description = "Every reason given since re-scoping was last cleared, oldest first") List<RescopingReason> rescopingReasons,
        @Schema(description = "Criteria of gates already passed that no longer hold") List<Regression> regressions,
        @Schema(example = "3", description = "Version, also sent as ETag") long version,
        @Schema(example = "2026-H1", description = "The latest half-year with a submitted monitoring report; null before the first", nullable = true) String lastReportedPeriod,
        @Schema(description = "Open, existing before the current half-year, and no report submitted for the last "
                + "closed half-year (as of now: the ETag does not cover it)") boolean reportOverdue,
        OffsetDateTime stageEnteredAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @Schema(name = "Evidence", description = "The evidence recorded for each stage (null until recorded)")
    public record Evidence(@Schema(nullable = true) ScopingNote scopingNote,
            @Schema(nullable = true) ComplementarityMap complementarityMap, @Schema(nullable = true) PilotReport pilotReport,
            @Schema(nullable = true) FundingPlan fundingPlan) {
    }

    public static PartnershipView of(Partnership p) {
        return new PartnershipView(p.id, p.title, p.priority(), p.programmeCode, p.leadRegion, p.members,
                p.participants, p.letters, p.stage, p.status, p.outcome,
                new Evidence(p.scopingNote, p.complementarityMap, p.pilotReport, p.fundingPlan), p.rescopingRecommended,
                p.rescopingReason, p.rescopingReasons, p.regressions, p.version, p.lastReportedPeriod,
                p.reportOverdue(UtcClock.now()), p.stageEnteredAt, p.createdAt,
                p.updatedAt);
    }
}
