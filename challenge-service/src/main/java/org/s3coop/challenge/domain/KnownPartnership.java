package org.s3coop.challenge.domain;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partnership as partnership-service's events describe it (read model; written only by the event consumer). */
@Entity
@Table(name = "known_partnership")
public class KnownPartnership {
    /** The partnership id (UUID, lower case). */
    @Id
    public String id;
    public String title;
    public String stage;
    public String status;
    /** {@code |ES51|DE21|}: the member region codes, for filtering by region. */
    @Column(name = "member_regions")
    public String memberRegions;
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public List<String> members() {
        return Arrays.stream(memberRegions.split("\\|")).filter(s -> !s.isBlank()).toList();
    }

    /** The stored form of member region codes: sorted, each once, {@code |DE21|ES51|} ({@code ||} for none). */
    public static String memberRegions(Collection<String> codes) {
        return "|" + String.join("|", new TreeSet<>(codes)) + "|";
    }
}
