package org.s3coop.challenge.rest.dto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.Solution;
import org.s3coop.challenge.domain.SolutionStatus;

@Schema(name = "Solution", description = "An operational solution co-developed for a challenge")
public record SolutionView(UUID id, UUID challengeId, @Schema(example = "Joint secretariat") String title,
        @Schema(description = "null when none was given", nullable = true) String description,
        @Schema(example = "PILOTED") SolutionStatus status,
        @Schema(example = "[\"ES51\"]") List<String> adoptingRegions, String proposedBy, OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "The meeting where it was proposed", nullable = true) UUID meetingId) {

    public static SolutionView of(Solution s) {
        return new SolutionView(s.id, s.challengeId, s.title, s.description, s.status, s.adoptingRegions, s.proposedBy,
                s.createdAt, s.updatedAt, s.meetingId);
    }
}
