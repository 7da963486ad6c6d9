package org.s3coop.partnership.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.time.UtcClock;

/**
 * An investment project of a partnership (DESIGN.md section 9): what it is, the instrument it applies to, the member
 * regions and participant organisations taking part, its technology readiness (TRL) at start and target, its budget,
 * the amounts requested and granted, its dates, and its status ({@link ProjectAction} is the machine). Every change
 * bumps {@link #version} by one (the project's ETag); the partnership's row is locked while a project changes.
 */
@Entity
@Table(name = "investment_project")
public class InvestmentProject {
    @Id
    public UUID id;
    @Column(name = "partnership_id")
    public UUID partnershipId;
    public String title;
    @Enumerated(EnumType.STRING)
    public Instrument instrument;
    /** Region codes of ACTIVE members of the partnership. */
    @Convert(converter = JsonColumns.Codes.class)
    public List<String> regions;
    /** Ids of participant organisations of the partnership. */
    @Convert(converter = JsonColumns.Ids.class)
    public List<UUID> organisations;
    @Column(name = "trl_start")
    public int trlStart;
    @Column(name = "trl_target")
    public int trlTarget;
    @Column(name = "budget_eur")
    public BigDecimal budgetEur;
    @Column(name = "requested_eur")
    public BigDecimal requestedEur;
    @Column(name = "granted_eur")
    public BigDecimal grantedEur;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    public ProjectStatus status;
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The fields a coordinator records and edits (the status moves by {@link ProjectAction}s only). */
    public record Details(String title, Instrument instrument, List<String> regions, List<UUID> organisations,
            int trlStart, int trlTarget, BigDecimal budgetEur, BigDecimal requestedEur, BigDecimal grantedEur,
            LocalDate startsOn, LocalDate endsOn) {
    }

    /** What the audit trail records of a project: every field but the version and the times. */
    public record State(String title, Instrument instrument, List<String> regions, List<UUID> organisations,
            int trlStart, int trlTarget, BigDecimal budgetEur, BigDecimal requestedEur, BigDecimal grantedEur,
            LocalDate startsOn, LocalDate endsOn, ProjectStatus status) {
    }

    /**
     * Checks {@code d} against the partnership: 409 partnership-closed when it is closed; 422 not-a-member for a region
     * that is no ACTIVE member; 400 for an organisation that is none of its participants, a TRL target below the start,
     * an end before the start.
     */
    public static void requireFits(Partnership p, Details d) {
        p.requireOpen();
        List<Problem.Violation> violations = new ArrayList<>();
        if (d.trlTarget() < d.trlStart()) {
            violations.add(new Problem.Violation("trlTarget", "must not be below trlStart " + d.trlStart()));
        }
        if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            violations.add(new Problem.Violation("endsOn", "must not be before startsOn " + d.startsOn()));
        }
        for (int i = 0; i < d.organisations().size(); i++) {
            if (p.participant(d.organisations().get(i)).isEmpty()) {
                violations.add(new Problem.Violation("organisations[" + i + "]", "is no participant of partnership "
                        + p.id + " (add it first: POST /api/v1/partnerships/" + p.id + "/participants)"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        for (String region : d.regions()) {
            if (!p.hasActiveMember(region)) {
                throw PartnershipProblem.NOT_A_MEMBER.exception("Region " + region + " is not an active member of "
                        + "partnership " + p.id + "; a project's regions are its active members " + p.activeMemberCodes());
            }
        }
    }

    /** A new project of {@code partnership}, as an IDEA, version 1. */
    public static InvestmentProject record(UUID partnershipId, Details details) {
        InvestmentProject x = new InvestmentProject();
        x.id = UUID.randomUUID();
        x.partnershipId = partnershipId;
        x.status = ProjectStatus.IDEA;
        x.createdAt = UtcClock.now();
        x.version = 0;
        x.edit(details);
        return x;
    }

    /** Replaces the recorded fields. */
    public void edit(Details d) {
        title = d.title().strip();
        instrument = d.instrument();
        regions = List.copyOf(d.regions());
        organisations = List.copyOf(d.organisations());
        trlStart = d.trlStart();
        trlTarget = d.trlTarget();
        budgetEur = d.budgetEur();
        requestedEur = d.requestedEur();
        grantedEur = d.grantedEur();
        startsOn = d.startsOn();
        endsOn = d.endsOn();
        changed();
    }

    /** Moves the status by {@code action} (409 invalid-transition when it does not start from the current status). */
    public ProjectTransition move(ProjectAction action, String reason, String actor) {
        ProjectStatus from = status;
        status = action.next(status);
        changed();
        return ProjectTransition.of(this, action, from, reason, actor);
    }

    public State state() {
        return new State(title, instrument, regions, organisations, trlStart, trlTarget, budgetEur, requestedEur,
                grantedEur, startsOn, endsOn, status);
    }

    /** The granted amount, counted as mobilised once FUNDED (zero before, and when rejected or withdrawn). */
    public BigDecimal mobilisedEur() {
        return status.mobilises() && grantedEur != null ? grantedEur : BigDecimal.ZERO;
    }

    private void changed() {
        version++;
        updatedAt = UtcClock.now();
    }
}
