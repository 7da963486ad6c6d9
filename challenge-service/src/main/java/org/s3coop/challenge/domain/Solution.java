package org.s3coop.challenge.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.time.UtcClock;

/** An operational solution co-developed for a challenge, and the regions that adopted it. */
@Entity
@Table(name = "solution")
public class Solution {
    @Id
    public UUID id;
    @Column(name = "challenge_id")
    public UUID challengeId;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    public SolutionStatus status;
    @Convert(converter = StringListConverter.class)
    @Column(name = "adopting_regions")
    public List<String> adoptingRegions;
    @Column(name = "proposed_by")
    public String proposedBy;
    /** The meeting where it was proposed, if any. */
    @Column(name = "meeting_id")
    public UUID meetingId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Solution propose(UUID challengeId, String title, String description, List<String> adoptingRegions,
            UUID meetingId, String actor) {
        Solution s = new Solution();
        s.meetingId = meetingId;
        s.id = UUID.randomUUID();
        s.challengeId = challengeId;
        s.status = SolutionStatus.PROPOSED;
        s.proposedBy = actor;
        s.createdAt = UtcClock.now();
        s.describe(title, description, adoptingRegions);
        return s;
    }

    /** Fails with 400 on {@code adoptingRegions} when an ADOPTED solution would name no adopting region. */
    public static void requireAdopters(SolutionStatus status, List<String> adoptingRegions) {
        if (status == SolutionStatus.ADOPTED && (adoptingRegions == null || adoptingRegions.isEmpty())) {
            throw ProblemException.invalid("adoptingRegions", "an ADOPTED solution names at least one adopting region");
        }
    }

    /** Fails with 409 {@code solution-status-backwards} when {@code next} would undo a step. */
    public void requireCanMoveTo(SolutionStatus next) {
        if (!status.canMoveTo(next)) {
            throw ChallengeProblem.SOLUTION_STATUS_BACKWARDS.exception("Solution " + id + " is " + status
                    + "; its status moves forward only (PROPOSED → PILOTED → ADOPTED)");
        }
    }

    /**
     * The solution as it now is; {@code next} has passed {@link #requireCanMoveTo}. {@code meetingId} null keeps the
     * meeting it refers to.
     */
    public void update(String title, String description, List<String> adoptingRegions, SolutionStatus next,
            UUID meetingId) {
        describe(title, description, adoptingRegions);
        if (meetingId != null) {
            this.meetingId = meetingId;
        }
        status = next;
    }

    private void describe(String title, String description, List<String> adoptingRegions) {
        this.title = Challenge.stripped(title);
        this.description = Challenge.stripped(description);
        this.adoptingRegions = adoptingRegions == null ? List.of() : adoptingRegions.stream().distinct().sorted().toList();
        this.updatedAt = UtcClock.now();
    }
}
