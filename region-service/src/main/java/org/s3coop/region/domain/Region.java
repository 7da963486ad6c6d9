package org.s3coop.region.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.platform.time.UtcClock;

/**
 * A region, keyed by its NUTS code. Retiring keeps it readable with {@code active = false}. {@code officialName} is
 * the classification's name of the code (null for a region registered before codes were checked against it).
 */
@Entity
@Table(name = "region")
public class Region {
    @Id
    public String code;
    public String name;
    @Column(name = "official_name")
    public String officialName;
    public String country;
    public int level;
    @Column(name = "nuts_version")
    public String nutsVersion;
    @Convert(converter = PrioritiesConverter.class)
    public List<Priority> priorities;
    /** {@code |C21|HEALTH|}: the priority codes, for filtering by code. */
    @Column(name = "priority_codes")
    public String priorityCodes;
    public boolean active;
    /** Starts at 1 and grows by one per change; rows are locked (SELECT ... FOR UPDATE) while they change. */
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Region register(String code, String name, String officialName, String nutsVersion,
            List<Priority> priorities) {
        Region r = new Region();
        r.code = code;
        r.officialName = officialName;
        r.country = NutsCode.country(code);
        r.level = NutsCode.level(code);
        r.active = true;
        r.createdAt = UtcClock.now();
        r.describe(name, nutsVersion, priorities);
        r.version = 1;
        return r;
    }

    /** Whether {@link #revise} with these values would change anything. */
    public boolean wouldChange(String name, String nutsVersion, List<Priority> priorities, boolean reactivate) {
        return !Objects.equals(this.name, name) || !Objects.equals(this.nutsVersion, nutsVersion)
                || !Objects.equals(this.priorities, priorities) || reactivate && !active;
    }

    /**
     * Describes the region anew and, if asked, brings a retired region back: one change, one version. A description
     * that changes nothing leaves the region as it is, version included.
     *
     * @return whether it changed
     */
    public boolean revise(String name, String nutsVersion, List<Priority> priorities, boolean reactivate) {
        if (!wouldChange(name, nutsVersion, priorities, reactivate)) {
            return false;
        }
        describe(name, nutsVersion, priorities);
        if (reactivate) {
            active = true;
        }
        changed();
        return true;
    }

    /** The parent's code, one level up; null at level 0. */
    public String parent() {
        return NutsCode.parent(code);
    }

    /** The fields the audit trail compares. */
    public RegionState state() {
        return new RegionState(name, nutsVersion, priorities, active);
    }

    private void describe(String name, String nutsVersion, List<Priority> priorities) {
        this.name = name;
        this.nutsVersion = nutsVersion;
        this.priorities = List.copyOf(priorities);
        this.priorityCodes = priorities.stream().map(Priority::code).collect(Collectors.joining("|", "|", "|"));
        this.updatedAt = UtcClock.now();
    }

    /** @return false if it was already retired */
    public boolean retire() {
        if (!active) {
            return false;
        }
        active = false;
        changed();
        return true;
    }

    private void changed() {
        version++;
        updatedAt = UtcClock.now();
    }

}
