package org.s3coop.challenge.rest.dto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.Challenge;
import org.s3coop.challenge.domain.ChallengeStatus;
import org.s3coop.challenge.domain.Scope;
import org.s3coop.challenge.domain.Severity;
import org.s3coop.challenge.domain.Solution;

@Schema(name = "Challenge", description = "A challenge with its solutions")
public record ChallengeView(
        UUID id,
        @Schema(example = "CAPACITY") String cluster,
        @Schema(example = "INSUFFICIENT_TIME", description = "null when none was named", nullable = true) String subDimension,
        @Schema(example = "No staff time for the pilot") String title,
        @Schema(description = "null when none was given", nullable = true) String description,
        Scope scope,
        @Schema(example = "BLOCKING") Severity severity,
        @Schema(example = "OPEN") ChallengeStatus status,
        @Schema(example = "1", description = "Version, also sent as ETag") long version,
        String raisedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<SolutionView> solutions,
        @Schema(description = "The meeting where it was raised", nullable = true) UUID meetingId) {

    public static ChallengeView of(Challenge c, List<Solution> solutions) {
        return new ChallengeView(c.id, c.cluster, c.subDimension, c.title, c.description, c.scope(), c.severity,
                c.status, c.version, c.raisedBy, c.createdAt, c.updatedAt,
                solutions.stream().filter(s -> s.challengeId.equals(c.id)).map(SolutionView::of).toList(), c.meetingId);
    }
}
