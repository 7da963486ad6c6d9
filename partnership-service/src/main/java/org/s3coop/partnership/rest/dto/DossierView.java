package org.s3coop.partnership.rest.dto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.CommitmentLetter;
import org.s3coop.partnership.domain.KnownRegion;
import org.s3coop.partnership.domain.Member;
import org.s3coop.partnership.domain.MemberRole;
import org.s3coop.partnership.domain.MemberStatus;
import org.s3coop.partnership.domain.Participant;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.TrackedChallenge;
import org.s3coop.partnership.service.Dossier;
import org.s3coop.platform.audit.AuditSummary;

@Schema(name = "Dossier", description = "A partnership's whole story for evaluators: the partnership, its members "
        + "with their names, letters and organisations, the stage history, investment projects, monitoring reports "
        + "with their indicators, the challenges known on it, and its audit trail in short")
public record DossierView(
        @Schema(description = "The partnership as GET /partnerships/{id} answers it") PartnershipView partnership,
        @Schema(description = "Every member (INVITED ones included), leads first, then by region code") List<MemberEntry> members,
        @Schema(description = "The proposal and every transition, oldest first") List<HistoryEntryView> timeline,
        @Schema(description = "The investment projects, oldest first") List<ProjectView> projects,
        @Schema(description = "The monitoring reports, latest period first") List<ReportView> reports,
        @Schema(description = "The challenges challenge-service reported on the partnership or on one of its ACTIVE "
                + "member regions (as this service's read model holds them), blocking ones first") List<ChallengeEntry> challenges,
        @Schema(description = "The audit trail in short: the number of changes by action, and the latest") AuditSummary audit,
        @Schema(description = "When the dossier was compiled") OffsetDateTime compiledAt) {

    @Schema(name = "DossierMember", description = "A member region with what the dossier knows of it")
    public record MemberEntry(@Schema(example = "ES51") String regionCode,
            @Schema(example = "Cataluña", description = "The region's name as region-service last described it; null "
                    + "when this service has not heard of the region", nullable = true) String name,
            @Schema(example = "ES", description = "The region's country (null when unknown)", nullable = true) String country,
            @Schema(example = "LEAD") MemberRole role, @Schema(example = "ACTIVE") MemberStatus status,
            @Schema(description = "Whether it is the coordinating lead") boolean coordinator,
            @Schema(nullable = true) String contribution,
            @Schema(description = "Its commitment letter; null when none is recorded", nullable = true) CommitmentLetter letter,
            @Schema(description = "Its organisations taking part") List<Participant> participants) {
    }

    @Schema(name = "DossierChallenge", description = "A challenge as this service's read model knows it (from "
            + "challenge-service's events; the challenge's text is challenge-service's)")
    public record ChallengeEntry(@Schema(example = "0b6c3c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e") String id,
            @Schema(example = "BLOCKING", nullable = true) String severity,
            @Schema(example = "OPEN", nullable = true) String status,
            @Schema(description = "BLOCKING and OPEN: it stops the next gate") boolean blocking,
            @Schema(example = "PARTNERSHIP", description = "PARTNERSHIP (this one) or REGION (a member region)") String scope,
            @Schema(example = "ES51", description = "The region code of a REGION challenge; null for PARTNERSHIP",
                    nullable = true) String region,
            long version, OffsetDateTime updatedAt) {

        static ChallengeEntry of(TrackedChallenge c) {
            return new ChallengeEntry(c.id, c.severity, c.status, c.blocking, c.regionCode == null ? "PARTNERSHIP"
                    : "REGION", c.regionCode, c.version, c.updatedAt);
        }
    }

    public static DossierView of(Dossier d) {
        Partnership p = d.partnership();
        List<MemberEntry> members = p.members.stream()
                .sorted((a, b) -> a.role() != b.role() ? a.role().compareTo(b.role()) : a.regionCode().compareTo(b.regionCode()))
                .map(m -> member(p, m, d.regions())).toList();
        return new DossierView(PartnershipView.of(p), members, d.history().stream().map(HistoryEntryView::of).toList(),
                d.projects().stream().map(ProjectView::of).toList(),
                d.reports().stream().map(r -> ReportView.of(r, d.catalogue())).toList(),
                d.challenges().stream().map(ChallengeEntry::of).toList(), d.audit(), d.compiledAt());
    }

    private static MemberEntry member(Partnership p, Member m, Map<String, KnownRegion> regions) {
        Optional<KnownRegion> known = Optional.ofNullable(regions.get(m.regionCode()));
        CommitmentLetter letter = p.letters.stream().filter(l -> l.regionCode().equals(m.regionCode())).findFirst()
                .orElse(null);
        return new MemberEntry(m.regionCode(), known.map(r -> r.name).orElse(null), known.map(r -> r.country).orElse(null),
                m.role(), m.status(), m.regionCode().equals(p.leadRegion), m.contribution(), letter,
                p.participants.stream().filter(x -> x.regionCode().equals(m.regionCode())).toList());
    }
}
