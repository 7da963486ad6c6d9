package org.s3coop.region.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.platform.time.UtcClock;

/** An organisation of a region's ecosystem. */
@Entity
@Table(name = "stakeholder")
public class Stakeholder {
    @Id
    public UUID id;
    @Column(name = "region_code")
    public String regionCode;
    public String name;
    @Enumerated(EnumType.STRING)
    public StakeholderType type;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Stakeholder of(String regionCode, String name, StakeholderType type) {
        Stakeholder s = new Stakeholder();
        s.id = UUID.randomUUID();
        s.regionCode = regionCode;
        s.name = name;
        s.type = type;
        s.createdAt = UtcClock.now();
        return s;
    }
}
