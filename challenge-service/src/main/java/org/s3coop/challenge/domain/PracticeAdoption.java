package org.s3coop.challenge.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.s3coop.platform.time.UtcClock;

/**
 * One region's adoption of a good practice: its own adaptation notes and status ({@link AdoptionStatus}). Its version
 * starts at 1 and grows by one per change; every change is kept ({@link AdoptionChange}).
 */
@Entity
@Table(name = "practice_adoption")
@IdClass(PracticeAdoption.Key.class)
public class PracticeAdoption {
    @Id
    @Column(name = "practice_id")
    public UUID practiceId;
    @Id
    @Column(name = "region_code")
    public String regionCode;
    @Enumerated(EnumType.STRING)
    public AdoptionStatus status;
    @Column(name = "adaptation_notes")
    public String adaptationNotes;
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static PracticeAdoption start(UUID practiceId, String regionCode) {
        PracticeAdoption a = new PracticeAdoption();
        a.practiceId = practiceId;
        a.regionCode = regionCode;
        a.createdAt = UtcClock.now();
        a.version = 0;
        return a;
    }

    /**
     * The adoption as it now is, and the history entry of this change; the status moves as {@link AdoptionStatus}
     * allows (409 {@code invalid-transition} otherwise). {@code notes} null keeps the notes.
     */
    public AdoptionChange change(AdoptionStatus next, String notes, String actor) {
        AdoptionStatus from = status;
        if (from != null) {
            from.requireCanMoveTo(next);
        }
        status = next;
        if (notes != null || adaptationNotes == null) {
            adaptationNotes = Challenge.stripped(notes);
        }
        version++;
        updatedAt = UtcClock.now();
        return AdoptionChange.of(this, from, actor);
    }

    public static class Key implements Serializable {
        public UUID practiceId;
        public String regionCode;

        public Key() {
        }

        public Key(UUID practiceId, String regionCode) {
            this.practiceId = practiceId;
            this.regionCode = regionCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(practiceId, k.practiceId) && Objects.equals(regionCode, k.regionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(practiceId, regionCode);
        }
    }
}
