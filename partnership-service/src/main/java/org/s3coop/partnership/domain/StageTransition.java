package org.s3coop.partnership.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a partnership's history: its proposal, or a transition, with who did it and why. */
@Entity
@Table(name = "stage_transition")
public class StageTransition {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "partnership_id")
    public UUID partnershipId;
    /** PROPOSE, or the {@link TransitionAction} of the same name (the column holds the name). */
    @Enumerated(EnumType.STRING)
    public HistoryAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public Stage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    public Stage toStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public Status fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public Status toStatus;
    @Enumerated(EnumType.STRING)
    public RevertTrigger trigger;
    public String reason;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String actor;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    /** The partnership's version after this step. */
    public long version;

    static StageTransition of(Partnership p, HistoryAction action, Stage fromStage, Status fromStatus, RevertTrigger trigger,
            String reason, String actor) {
        StageTransition t = new StageTransition();
        t.partnershipId = p.id;
        t.action = action;
        t.fromStage = fromStage;
        t.toStage = p.stage;
        t.fromStatus = fromStatus;
        t.toStatus = p.status;
        t.trigger = trigger;
        t.reason = reason;
        t.outcome = p.outcome;
        t.actor = actor;
        t.occurredAt = p.updatedAt;
        t.version = p.version;
        return t;
    }
}
