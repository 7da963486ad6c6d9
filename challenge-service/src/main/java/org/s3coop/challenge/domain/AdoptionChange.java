package org.s3coop.challenge.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a region's adoption history: the status it moved from (null: started) and to, the notes, who, when. */
@Entity
@Table(name = "practice_adoption_change")
public class AdoptionChange {
    @Id
    public UUID id;
    @Column(name = "practice_id")
    public UUID practiceId;
    @Column(name = "region_code")
    public String regionCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public AdoptionStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public AdoptionStatus toStatus;
    @Column(name = "adaptation_notes")
    public String adaptationNotes;
    public String actor;
    public OffsetDateTime at;
    /** The adoption's version after this change. */
    public long version;

    static AdoptionChange of(PracticeAdoption a, AdoptionStatus from, String actor) {
        AdoptionChange c = new AdoptionChange();
        c.id = UUID.randomUUID();
        c.practiceId = a.practiceId;
        c.regionCode = a.regionCode;
        c.fromStatus = from;
        c.toStatus = a.status;
        c.adaptationNotes = a.adaptationNotes;
        c.actor = actor;
        c.at = a.updatedAt;
        c.version = a.version;
        return c;
    }
}
