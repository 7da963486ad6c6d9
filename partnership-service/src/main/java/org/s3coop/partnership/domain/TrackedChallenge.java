package org.s3coop.partnership.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.platform.time.UtcClock;

/**
 * A challenge as challenge-service last described it (read model, from s3coop.challenges.v1). It blocks while it is of
 * severity BLOCKING and OPEN: the partnership it is scoped to, or (REGION scope) every partnership in which its region
 * is an active member.
 */
@Entity
@Table(name = "tracked_challenge")
public class TrackedChallenge {
    @Id
    public String id;
    /** The partnership id when the scope is a partnership, else null. */
    @Column(name = "partnership_id")
    public String partnershipId;
    /** The region code when the scope is a region, else null. */
    @Column(name = "region_code")
    public String regionCode;
    public String severity;
    public String status;
    /** BLOCKING and OPEN. */
    public boolean blocking;
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** What a challenge blocks, or could: its scope. */
    public record Scope(String partnershipId, String regionCode) {
    }

    public Scope scope() {
        return new Scope(partnershipId, regionCode);
    }

    public void describe(String scopeType, String scopeRef, String severity, String status, long version) {
        this.partnershipId = "PARTNERSHIP".equals(scopeType) ? scopeRef : null;
        this.regionCode = "REGION".equals(scopeType) ? scopeRef : null;
        this.severity = severity;
        this.status = status;
        this.blocking = "BLOCKING".equals(severity) && "OPEN".equals(status);
        this.version = version;
        this.updatedAt = UtcClock.now();
    }
}
