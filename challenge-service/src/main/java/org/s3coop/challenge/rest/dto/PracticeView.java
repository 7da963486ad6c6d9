package org.s3coop.challenge.rest.dto;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.AdoptionStatus;
import org.s3coop.challenge.domain.Practice;
import org.s3coop.challenge.domain.PracticeAdoption;
import org.s3coop.challenge.service.PracticeService;

@Schema(name = "Practice", description = "A good practice: an adopted solution with its story, and each region's adoption")
public record PracticeView(
        UUID id,
        @Schema(description = "The solution it publishes") UUID solutionId,
        @Schema(description = "The challenge of that solution") UUID challengeId,
        @Schema(example = "Joint secretariat for interregional cooperation") String title,
        String summary,
        @Schema(description = "null when none was given", nullable = true) String context,
        @Schema(description = "null when none was given", nullable = true) String conditionsForTransfer,
        @Schema(example = "ACCIÓ — Catalonia Trade & Investment") String contactOrganisation,
        List<String> evidenceLinks,
        @Schema(description = "Version, also sent as ETag; grows with every change, a region's adoption included", example = "3")
        long version,
        String publishedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Every region's adoption, by region code") List<AdoptionItem> adoptions,
        @Schema(description = "Adoptions per status, PLANNED to ABANDONED", example = "{\"PLANNED\":1,\"IMPLEMENTING\":2,\"IMPLEMENTED\":1,\"ABANDONED\":0}")
        Map<AdoptionStatus, Long> adoptionsByStatus) {

    @Schema(name = "PracticeAdoptionItem", description = "One region's adoption, in a practice")
    public record AdoptionItem(@Schema(example = "DE21") String regionCode, @Schema(example = "IMPLEMENTING") AdoptionStatus status,
            @Schema(description = "null when none was given", nullable = true) String adaptationNotes, long version,
            OffsetDateTime updatedAt) {
        static AdoptionItem of(PracticeAdoption a) {
            return new AdoptionItem(a.regionCode, a.status, a.adaptationNotes, a.version, a.updatedAt);
        }
    }

    public static PracticeView of(PracticeService.PracticeDetails d) {
        return of(d.practice(), d.adoptions());
    }

    public static PracticeView of(Practice p, List<PracticeAdoption> adoptions) {
        Map<AdoptionStatus, Long> byStatus = new LinkedHashMap<>();
        for (AdoptionStatus s : AdoptionStatus.values()) {
            byStatus.put(s, adoptions.stream().filter(a -> a.status == s).count());
        }
        return new PracticeView(p.id, p.solutionId, p.challengeId, p.title, p.summary, p.context, p.conditionsForTransfer,
                p.contactOrganisation, p.evidenceLinks, p.version, p.publishedBy, p.createdAt, p.updatedAt,
                adoptions.stream().map(AdoptionItem::of).toList(), byStatus);
    }
}
