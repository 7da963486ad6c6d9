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

/** One entry of an investment project's history: a status change, with who did it and why. */
@Entity
@Table(name = "project_transition")
public class ProjectTransition {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "partnership_id")
    public UUID partnershipId;
    @Enumerated(EnumType.STRING)
    public ProjectAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ProjectStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ProjectStatus toStatus;
    public String reason;
    public String actor;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    /** The project's version after this step. */
    public long version;

    static ProjectTransition of(InvestmentProject x, ProjectAction action, ProjectStatus from, String reason,
            String actor) {
        ProjectTransition t = new ProjectTransition();
        t.projectId = x.id;
        t.partnershipId = x.partnershipId;
        t.action = action;
        t.fromStatus = from;
        t.toStatus = x.status;
        t.reason = reason == null || reason.isBlank() ? null : reason.strip();
        t.actor = actor;
        t.occurredAt = x.updatedAt;
        t.version = x.version;
        return t;
    }
}
