package org.s3coop.challenge.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.platform.time.UtcClock;

/**
 * A good practice: a solution adopted by at least one region, published with its story (summary, context,
 * conditions for transfer, contact organisation, evidence links) so that other regions can adopt it too. One per
 * solution. Its version starts at 1 and grows by one per change, including a change of a region's adoption.
 */
@Entity
@Table(name = "practice")
public class Practice {
    @Id
    public UUID id;
    @Column(name = "solution_id")
    public UUID solutionId;
    @Column(name = "challenge_id")
    public UUID challengeId;
    public String title;
    public String summary;
    public String context;
    @Column(name = "conditions_for_transfer")
    public String conditionsForTransfer;
    @Column(name = "contact_organisation")
    public String contactOrganisation;
    @Convert(converter = StringListConverter.class)
    @Column(name = "evidence_links")
    public List<String> evidenceLinks;
    @Column(name = "published_by")
    public String publishedBy;
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** What a practice says; {@code title} null or blank: the solution's title. */
    public record Story(String title, String summary, String context, String conditionsForTransfer,
            String contactOrganisation, List<String> evidenceLinks) {
    }

    /** Publishes an ADOPTED solution (409 {@code solution-not-adopted} otherwise). */
    public static Practice publish(Solution solution, Story story, String actor) {
        if (solution.status != SolutionStatus.ADOPTED) {
            throw ChallengeProblem.SOLUTION_NOT_ADOPTED.exception("Solution " + solution.id + " is " + solution.status
                    + "; only a solution adopted by at least one region is published as a good practice");
        }
        Practice p = new Practice();
        p.id = UUID.randomUUID();
        p.solutionId = solution.id;
        p.challengeId = solution.challengeId;
        p.publishedBy = actor;
        p.createdAt = UtcClock.now();
        p.version = 0;
        p.tell(story, solution.title);
        return p;
    }

    public void tell(Story story, String solutionTitle) {
        title = story.title() == null || story.title().isBlank() ? solutionTitle : story.title().strip();
        summary = Challenge.stripped(story.summary());
        context = Challenge.stripped(story.context());
        conditionsForTransfer = Challenge.stripped(story.conditionsForTransfer());
        contactOrganisation = Challenge.stripped(story.contactOrganisation());
        evidenceLinks = story.evidenceLinks() == null ? List.of() : story.evidenceLinks().stream().distinct().toList();
        changed();
    }

    /** A change of a region's adoption is a change of the practice. */
    public void adoptionsChanged() {
        changed();
    }

    public Story story() {
        return new Story(title, summary, context, conditionsForTransfer, contactOrganisation, evidenceLinks);
    }

    private void changed() {
        version++;
        updatedAt = UtcClock.now();
    }
}
