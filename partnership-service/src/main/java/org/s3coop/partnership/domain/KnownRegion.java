package org.s3coop.partnership.domain;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.contracts.events.EuMemberStates;
import org.s3coop.platform.time.UtcClock;

/** A region as region-service last described it (read model, from s3coop.regions.v1). */
@Entity
@Table(name = "known_region")
public class KnownRegion {
    @Id
    public String code;
    public String name;
    public String country;
    public boolean active;
    @Convert(converter = JsonColumns.RegionPriorities.class)
    public List<RegionPriority> priorities;
    /** The region's version in region-service: older events are ignored. */
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** A priority as region events carry it; the family is kept as text so that new families do not break reading. */
    public record RegionPriority(String family, String code, String label) {
    }

    /** What the read model knew before an event: used to tell what the event changed. */
    public record Snapshot(boolean known, boolean active, List<RegionPriority> priorities) {
        /** Whether the region lists the priority, by {@link PriorityMatch} (a NACE section meets its divisions). */
        public boolean lists(PartnershipPriority p) {
            return known && priorities.stream().anyMatch(r -> PriorityMatch.meets(r.family(), r.code(), p));
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(true, active, List.copyOf(priorities));
    }

    public static Snapshot unknown() {
        return new Snapshot(false, false, List.of());
    }

    public void describe(String name, String country, boolean active, List<RegionPriority> priorities, long version) {
        this.name = name;
        this.country = country;
        this.active = active;
        this.priorities = List.copyOf(priorities);
        this.version = version;
        this.updatedAt = UtcClock.now();
    }

    public boolean lists(PartnershipPriority p) {
        return snapshot().lists(p);
    }

    /** Whether the region lies in an EU Member State (by its level-0 code, the contract's EU-27). */
    public boolean inEuMemberState() {
        return EuMemberStates.contains(code);
    }
}
