package org.s3coop.challenge.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a challenge's history: a status change, why, by whom and when. */
@Entity
@Table(name = "challenge_transition")
public class ChallengeTransition {
    @Id
    public UUID id;
    @Column(name = "challenge_id")
    public UUID challengeId;
    @Enumerated(EnumType.STRING)
    public ChallengeAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ChallengeStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ChallengeStatus toStatus;
    public String reason;
    public String actor;
    public OffsetDateTime at;
    /** The challenge's version after this transition. */
    public long version;

    static ChallengeTransition of(Challenge c, ChallengeAction action, ChallengeStatus from, String reason, String actor) {
        ChallengeTransition t = new ChallengeTransition();
        t.id = UUID.randomUUID();
        t.challengeId = c.id;
        t.action = action;
        t.fromStatus = from;
        t.toStatus = c.status;
        t.reason = reason;
        t.actor = actor;
        t.at = c.updatedAt;
        t.version = c.version;
        return t;
    }
}
