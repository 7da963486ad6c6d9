package org.s3coop.challenge.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.platform.time.UtcClock;

/**
 * Something that holds cooperation back, raised on a partnership, a region or the community. Its scope never
 * changes once raised. The version starts at 1 and grows by one per change (including a change of its solutions);
 * rows are locked (SELECT ... FOR UPDATE) while they change.
 */
@Entity
@Table(name = "challenge")
public class Challenge {
    @Id
    public UUID id;
    @Column(name = "cluster_code")
    public String cluster;
    @Column(name = "sub_dimension")
    public String subDimension;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type")
    public ScopeType scopeType;
    @Column(name = "scope_ref")
    public String scopeRef;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    @Enumerated(EnumType.STRING)
    public ChallengeStatus status;
    @Column(name = "raised_by")
    public String raisedBy;
    /** The meeting where it was raised, if any. */
    @Column(name = "meeting_id")
    public UUID meetingId;
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Challenge raise(String cluster, String subDimension, String title, String description, Scope scope,
            Severity severity, UUID meetingId, String actor) {
        Challenge c = new Challenge();
        c.meetingId = meetingId;
        c.id = UUID.randomUUID();
        c.scopeType = scope.type();
        c.scopeRef = scope.ref();
        c.status = ChallengeStatus.OPEN;
        c.raisedBy = actor;
        c.createdAt = UtcClock.now();
        c.version = 0;
        c.describe(cluster, subDimension, title, description, severity);
        return c;
    }

    public Scope scope() {
        return new Scope(scopeType, scopeRef);
    }

    /** Describes the challenge anew; {@code meetingId} null keeps the meeting it refers to. */
    public void describe(String cluster, String subDimension, String title, String description, Severity severity,
            UUID meetingId) {
        if (meetingId != null) {
            this.meetingId = meetingId;
        }
        describe(cluster, subDimension, title, description, severity);
    }

    private void describe(String cluster, String subDimension, String title, String description, Severity severity) {
        this.cluster = cluster;
        this.subDimension = subDimension;
        this.title = stripped(title);
        this.description = stripped(description);
        this.severity = severity;
        changed();
    }

    /**
     * Moves to the action's target status and returns the history entry, or fails with 409
     * {@code invalid-transition} if {@link ChallengeAction} does not allow it from here.
     */
    public ChallengeTransition apply(ChallengeAction action, String reason, String actor) {
        ChallengeStatus from = status;
        status = action.requireAllowedFrom(from);
        changed();
        return ChallengeTransition.of(this, action, from, stripped(reason), actor);
    }

    /** Fails with 409 {@code challenge-not-open} unless the challenge is being worked on (OPEN or ADDRESSED). */
    public void requireWorkedOn(String hint) {
        if (!status.isWorkedOn()) {
            throw ChallengeProblem.CHALLENGE_NOT_OPEN.exception("Challenge " + id + " is " + status + "; " + hint);
        }
    }

    /** A change of its solutions is a change of the challenge. */
    public void solutionsChanged() {
        changed();
    }

    private void changed() {
        version++;
        updatedAt = UtcClock.now();
    }

    /** Text as stored: without surrounding white space, "" for none. */
    static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
