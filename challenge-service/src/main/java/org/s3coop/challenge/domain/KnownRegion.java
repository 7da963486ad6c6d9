package org.s3coop.challenge.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region as region-service's events describe it (read model; written only by the event consumer). */
@Entity
@Table(name = "known_region")
public class KnownRegion {
    @Id
    public String code;
    public String country;
    public String name;
    public boolean active;
    /** When this service learnt that the region was retired; null while it is active. */
    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
