package org.s3coop.challenge.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.platform.time.UtcClock;

/**
 * A region that belongs to the working group, with the organisations that represent it. Only members vote in the
 * rounds the working group creates. A region that leaves keeps its row ({@code leftAt} set) so that its version goes
 * on when it joins again; the version starts at 1 and grows by one per change (joining, describing, leaving).
 */
@Entity
@Table(name = "working_group_member")
public class WorkingGroupMember {
    @Id
    @Column(name = "region_code")
    public String regionCode;
    @Convert(converter = RepresentativesConverter.class)
    public List<Representative> representatives;
    @Column(name = "joined_on")
    public LocalDate joinedOn;
    /** When the region left the working group; null while it is a member. */
    @Column(name = "left_at")
    public OffsetDateTime leftAt;
    public long version;
    @Column(name = "admitted_by")
    public String admittedBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** {@code joinedOn} null: today (UTC). */
    public static WorkingGroupMember admit(String regionCode, List<Representative> representatives, LocalDate joinedOn,
            String actor) {
        WorkingGroupMember m = new WorkingGroupMember();
        m.regionCode = regionCode;
        m.admittedBy = actor;
        m.createdAt = UtcClock.now();
        m.version = 0;
        m.describe(representatives, joinedOn == null ? m.createdAt.toLocalDate() : joinedOn);
        return m;
    }

    public boolean isMember() {
        return leftAt == null;
    }

    /** A region that left joins again: {@code joinedOn} null is today (UTC). */
    public void rejoin(List<Representative> representatives, LocalDate joinedOn, String actor) {
        leftAt = null;
        admittedBy = actor;
        describe(representatives, joinedOn == null ? UtcClock.now().toLocalDate() : joinedOn);
    }

    public void leave() {
        leftAt = UtcClock.now();
        version++;
        updatedAt = leftAt;
    }

    /** {@code joinedOn} null keeps the date the region joined. */
    public void describe(List<Representative> representatives, LocalDate joinedOn) {
        this.representatives = representatives == null ? List.of() : representatives.stream()
                .map(r -> new Representative(Challenge.stripped(r.organisation()), blankToNull(r.name()),
                        blankToNull(r.role())))
                .toList();
        if (joinedOn != null) {
            this.joinedOn = joinedOn;
        }
        version++;
        updatedAt = UtcClock.now();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
