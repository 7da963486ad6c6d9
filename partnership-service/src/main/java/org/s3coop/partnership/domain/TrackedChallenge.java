package org.s3coop.partnership.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.platform.time.UtcClock;

/**
 * A challenge as challenge-service last described it (read model, from s3coop.challenges.v1). It blocks its
 * partnership while it is scoped to it, of severity BLOCKING and OPEN.
 */
@Entity
@Table(name = "tracked_challenge")
public class TrackedChallenge {
    @Id
    public String id;
    /** The partnership id when the scope is a partnership, else null. */
    @Column(name = "partnership_id")
    public String partnershipId;
    public String severity;
    public String status;
    public boolean blocking;
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public void describe(String scopeType, String scopeRef, String severity, String status, long version) {
        this.partnershipId = "PARTNERSHIP".equals(scopeType) ? scopeRef : null;
        this.severity = severity;
        this.status = status;
        this.blocking = partnershipId != null && "BLOCKING".equals(severity) && "OPEN".equals(status);
        this.version = version;
        this.updatedAt = UtcClock.now();
    }
}
