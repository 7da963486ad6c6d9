package org.s3coop.challenge.rest.dto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.AdoptionChange;
import org.s3coop.challenge.domain.AdoptionStatus;
import org.s3coop.challenge.domain.PracticeAdoption;

@Schema(name = "PracticeAdoption", description = "One region's adoption of a good practice, with its history")
public record AdoptionView(
        UUID practiceId,
        @Schema(example = "DE21") String regionCode,
        @Schema(example = "IMPLEMENTING") AdoptionStatus status,
        @Schema(description = "null when none was given", nullable = true) String adaptationNotes,
        @Schema(description = "Version, also sent as ETag", example = "2") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Every change, oldest first (empty in a write's answer)") List<Change> history) {

    @Schema(name = "AdoptionChange", description = "One change of an adoption")
    public record Change(@Schema(description = "null: the adoption started", nullable = true) AdoptionStatus from,
            AdoptionStatus to, @Schema(nullable = true) String adaptationNotes, String actor, OffsetDateTime at,
            @Schema(description = "The adoption's version after it") long version) {
        static Change of(AdoptionChange c) {
            return new Change(c.fromStatus, c.toStatus, c.adaptationNotes, c.actor, c.at, c.version);
        }
    }

    public static AdoptionView of(PracticeAdoption a, List<AdoptionChange> history) {
        return new AdoptionView(a.practiceId, a.regionCode, a.status, a.adaptationNotes, a.version, a.createdAt,
                a.updatedAt, history.stream().map(Change::of).toList());
    }
}
