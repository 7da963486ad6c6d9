package org.s3coop.challenge.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.s3coop.challenge.domain.AdoptionChange;
import org.s3coop.challenge.domain.AdoptionStatus;
import org.s3coop.challenge.domain.Practice;
import org.s3coop.challenge.domain.PracticeAdoption;
import org.s3coop.platform.events.DomainEvent;

/**
 * Good-practice events on {@code s3coop.challenges.v1}, keyed by practice id; the data is the practice's full state
 * after the change (with every region's adoption), plus the adoption that changed. The outbox adds {@code actor}.
 */
public final class PracticeEvents {
    public static final String PUBLISHED = "org.s3coop.practice.published.v1";
    public static final String UPDATED = "org.s3coop.practice.updated.v1";
    public static final String ADOPTION_CHANGED = "org.s3coop.practice.adoption-changed.v1";

    private PracticeEvents() {
    }

    public record AdoptionData(String regionCode, AdoptionStatus status, long version) {
    }

    /** The adoption that changed: {@code previousStatus} null when the region has just started it. */
    public record AdoptionChangeData(String regionCode, AdoptionStatus previousStatus, AdoptionStatus status,
            String adaptationNotes, long version) {
    }

    public record PracticeData(UUID id, UUID solutionId, UUID challengeId, String title, String summary, String context,
            String conditionsForTransfer, String contactOrganisation, List<String> evidenceLinks, long version,
            OffsetDateTime updatedAt, List<AdoptionData> adoptions, AdoptionChangeData adoption) {
    }

    public static DomainEvent published(Practice p, String actor) {
        return of(PUBLISHED, p, List.of(), null, actor);
    }

    public static DomainEvent updated(Practice p, List<PracticeAdoption> adoptions, String actor) {
        return of(UPDATED, p, adoptions, null, actor);
    }

    public static DomainEvent adoptionChanged(Practice p, List<PracticeAdoption> adoptions, AdoptionChange change) {
        return of(ADOPTION_CHANGED, p, adoptions, new AdoptionChangeData(change.regionCode, change.fromStatus,
                change.toStatus, change.adaptationNotes, change.version), change.actor);
    }

    private static DomainEvent of(String type, Practice p, List<PracticeAdoption> adoptions, AdoptionChangeData change,
            String actor) {
        return DomainEvent.of(type, p.id.toString(), new PracticeData(p.id, p.solutionId, p.challengeId, p.title,
                p.summary, p.context, p.conditionsForTransfer, p.contactOrganisation, p.evidenceLinks, p.version,
                p.updatedAt, adoptions.stream().map(a -> new AdoptionData(a.regionCode, a.status, a.version)).toList(),
                change)).by(actor);
    }
}
