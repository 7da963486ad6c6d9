package org.s3coop.partnership.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.time.UtcClock;

/**
 * A cooperation partnership between regions on one S3 priority, under one programme's rules. It moves SCOPING →
 * MAPPING → PILOT → SCALE_UP, may step back, be put on hold and be closed; the criteria of the gates it passed are
 * watched ({@link #regressions}). Every change bumps {@link #version} by one (rows are locked while they change, so
 * versions never skip or repeat).
 */
@Entity
@Table(name = "partnership")
public class Partnership {
    /** At most this many member regions, invited ones included (proposing, and adding one by one). */
    public static final int MAX_MEMBERS = 50;
    /** At most this many participant organisations. */
    public static final int MAX_PARTICIPANTS = 200;

    @Id
    public UUID id;
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "priority_family")
    public PriorityFamily priorityFamily;
    @Column(name = "priority_code")
    public String priorityCode;
    /** The code of the {@link Programme} whose rules drive the gates. */
    @Column(name = "programme")
    public String programmeCode;
    /** The coordinating lead: one of the LEAD members, always ACTIVE; it cannot leave. */
    @Column(name = "lead_region")
    public String leadRegion;
    @Convert(converter = JsonColumns.Members.class)
    public List<Member> members;
    /** {@code |ES51|DE21|}: the ACTIVE members' region codes as one delimited text, the index a filter by region reads. */
    @Column(name = "member_codes")
    public String memberIndex;
    /** {@code |ITC4|}: the INVITED regions, the same way. */
    @Column(name = "invited_codes")
    public String invitedIndex;
    @Convert(converter = JsonColumns.Participants.class)
    public List<Participant> participants;
    @Convert(converter = JsonColumns.Letters.class)
    public List<CommitmentLetter> letters;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Convert(converter = JsonColumns.ScopingNotes.class)
    @Column(name = "scoping_note")
    public ScopingNote scopingNote;
    @Convert(converter = JsonColumns.ComplementarityMaps.class)
    @Column(name = "complementarity_map")
    public ComplementarityMap complementarityMap;
    @Convert(converter = JsonColumns.PilotReports.class)
    @Column(name = "pilot_report")
    public PilotReport pilotReport;
    @Convert(converter = JsonColumns.FundingPlans.class)
    @Column(name = "funding_plan")
    public FundingPlan fundingPlan;
    @Column(name = "rescoping_recommended")
    public boolean rescopingRecommended;
    /** The latest of {@link #rescopingReasons}' messages (the field before reasons accumulated). */
    @Column(name = "rescoping_reason")
    public String rescopingReason;
    @Convert(converter = JsonColumns.RescopingReasons.class)
    @Column(name = "rescoping_reasons")
    public List<RescopingReason> rescopingReasons;
    /** Criteria of gates already passed that no longer hold, one per code. */
    @Convert(converter = JsonColumns.Regressions.class)
    public List<Regression> regressions;
    /** When a commitment letter next expires (the scheduled check looks again then); null when none will. */
    @Column(name = "letters_due_at")
    public OffsetDateTime lettersDueAt;
    @Column(name = "stage_entered_at")
    public OffsetDateTime stageEnteredAt;
    /** The latest half-year period ({@link ReportPeriod}) with a submitted monitoring report; null: none yet. */
    @Column(name = "last_reported_period")
    public String lastReportedPeriod;
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /**
     * A new partnership in SCOPING, ACTIVE, version 1. {@code members} carry their roles and consent (the lead among
     * them, ACTIVE); 422 nested-member-regions when one contains another.
     */
    public static Partnership propose(String title, PartnershipPriority priority, String programme, String leadRegion,
            List<Member> members) {
        NestedRegions.requireNone(members.stream().map(Member::regionCode).toList());
        Partnership p = new Partnership();
        p.id = UUID.randomUUID();
        p.title = title;
        p.priorityFamily = priority.family();
        p.priorityCode = priority.code();
        p.programmeCode = programme;
        p.leadRegion = leadRegion;
        p.setMembers(members);
        p.participants = List.of();
        p.letters = List.of();
        p.rescopingReasons = List.of();
        p.regressions = List.of();
        p.stage = Stage.SCOPING;
        p.status = Status.ACTIVE;
        p.createdAt = UtcClock.now();
        p.updatedAt = p.createdAt;
        p.stageEnteredAt = p.createdAt;
        p.version = 1;
        return p;
    }

    public StageTransition proposal(String actor) {
        return StageTransition.of(this, HistoryAction.PROPOSE, null, null, null, null, actor);
    }

    public PartnershipPriority priority() {
        return new PartnershipPriority(priorityFamily, priorityCode);
    }

    /** Every member's region code, invited ones included. */
    public List<String> memberCodes() {
        return members.stream().map(Member::regionCode).toList();
    }

    /** The ACTIVE members' region codes: the members that count. */
    public List<String> activeMemberCodes() {
        return members.stream().filter(Member::isActive).map(Member::regionCode).toList();
    }

    /** The ACTIVE LEAD members' region codes: whose editors run the partnership. */
    public List<String> activeLeadCodes() {
        return members.stream().filter(Member::isActive).filter(Member::isLead).map(Member::regionCode).toList();
    }

    public boolean hasMember(String regionCode) {
        return member(regionCode).isPresent();
    }

    public Optional<Member> member(String regionCode) {
        return members.stream().filter(m -> m.regionCode().equals(regionCode)).findFirst();
    }

    public boolean hasActiveMember(String regionCode) {
        return member(regionCode).filter(Member::isActive).isPresent();
    }

    public Optional<Participant> participant(UUID participantId) {
        return participants.stream().filter(x -> x.id().equals(participantId)).findFirst();
    }

    public Optional<CommitmentLetter> letter(String regionCode) {
        return letters.stream().filter(l -> l.regionCode().equals(regionCode)).findFirst();
    }

    // ---- membership ----

    /**
     * Adds a region, ACTIVE or INVITED: 409 member-limit-reached at {@link #MAX_MEMBERS}, 422 nested-member-regions
     * when it contains or lies within a member.
     */
    public Member addMember(Member member) {
        requireOpen();
        if (hasMember(member.regionCode())) {
            throw new IllegalStateException(member.regionCode() + " is a member of " + id + " already");
        }
        if (members.size() >= MAX_MEMBERS) {
            throw PartnershipProblem.MEMBER_LIMIT_REACHED.exception("Partnership " + id + " has " + members.size()
                    + " members, the most a partnership may have (" + MAX_MEMBERS + ")");
        }
        List<String> codes = new ArrayList<>(memberCodes());
        codes.add(member.regionCode());
        NestedRegions.requireNone(codes);
        List<Member> next = new ArrayList<>(members);
        next.add(member);
        setMembers(next);
        changed();
        return member;
    }

    /** Changes a member's role and contribution; the coordinating lead stays LEAD whatever role is asked. */
    public Member updateMember(String regionCode, MemberRole role, String contribution) {
        requireOpen();
        Member current = requireMember(regionCode);
        Member next = new Member(regionCode, regionCode.equals(leadRegion) ? MemberRole.LEAD : role, contribution,
                current.status());
        replaceMember(next);
        return next;
    }

    /** The invited region accepts: it becomes ACTIVE (409 no-pending-invitation when it is not INVITED). */
    public Member acceptInvitation(String regionCode) {
        Member next = requireInvited(regionCode).withStatus(MemberStatus.ACTIVE);
        replaceMember(next);
        return next;
    }

    /** The invited region declines, or a lead withdraws the invitation: it is no member any more. */
    public Member endInvitation(String regionCode) {
        Member invited = requireInvited(regionCode);
        setMembers(members.stream().filter(m -> !m.regionCode().equals(regionCode)).toList());
        changed();
        return invited;
    }

    /**
     * Removes a member (never the coordinating lead: 409); its participants and its commitment letter leave with it.
     *
     * @return the participants that left with it
     */
    public List<Participant> removeMember(String regionCode) {
        requireOpen();
        requireMember(regionCode);
        if (regionCode.equals(leadRegion)) {
            throw PartnershipProblem.LEAD_REGION_CANNOT_LEAVE.exception("Region " + regionCode + " leads partnership "
                    + id + " and cannot leave it");
        }
        List<Participant> leaving = participants.stream().filter(x -> x.regionCode().equals(regionCode)).toList();
        setMembers(members.stream().filter(m -> !m.regionCode().equals(regionCode)).toList());
        participants = participants.stream().filter(x -> !x.regionCode().equals(regionCode)).toList();
        letters = letters.stream().filter(l -> !l.regionCode().equals(regionCode)).toList();
        changed();
        return leaving;
    }

    // ---- participants ----

    /** An organisation of an ACTIVE member region (422 not-a-member otherwise). */
    public Participant addParticipant(String name, StakeholderType type, String regionCode) {
        requireOpen();
        requireActiveMember(regionCode, "participants come from active member regions");
        if (participants.size() >= MAX_PARTICIPANTS) {
            throw PartnershipProblem.PARTICIPANT_LIMIT_REACHED.exception("Partnership " + id + " has "
                    + participants.size() + " participants, the most a partnership may have (" + MAX_PARTICIPANTS + ")");
        }
        Participant participant = new Participant(UUID.randomUUID(), name, type, regionCode);
        List<Participant> next = new ArrayList<>(participants);
        next.add(participant);
        participants = List.copyOf(next);
        changed();
        return participant;
    }

    /** Renames a participant or changes its type; its region stays. 404 when there is no such participant. */
    public Participant updateParticipant(UUID participantId, String name, StakeholderType type) {
        requireOpen();
        Participant current = requireParticipant(participantId);
        Participant next = new Participant(current.id(), name, type, current.regionCode());
        participants = participants.stream().map(x -> x.id().equals(participantId) ? next : x).toList();
        changed();
        return next;
    }

    public Participant removeParticipant(UUID participantId) {
        requireOpen();
        Participant current = requireParticipant(participantId);
        participants = participants.stream().filter(x -> !x.id().equals(participantId)).toList();
        changed();
        return current;
    }

    // ---- commitment letters ----

    /** Records (or replaces) an ACTIVE member's commitment letter (422 not-a-member otherwise). */
    public CommitmentLetter recordLetter(CommitmentLetter letter) {
        requireOpen();
        requireActiveMember(letter.regionCode(), "commitment letters are signed for active member regions");
        List<CommitmentLetter> next = new ArrayList<>(letters.stream()
                .filter(l -> !l.regionCode().equals(letter.regionCode())).toList());
        next.add(letter);
        letters = List.copyOf(next);
        changed();
        return letter;
    }

    /** Removes a member's letter: 404 when it has none. */
    public CommitmentLetter removeLetter(String regionCode) {
        requireOpen();
        CommitmentLetter current = letter(regionCode).orElseThrow(() -> ProblemException.notFound("Region "
                + regionCode + " has no commitment letter in partnership " + id));
        letters = letters.stream().filter(l -> !l.regionCode().equals(regionCode)).toList();
        changed();
        return current;
    }

    /**
     * Sets {@link #lettersDueAt} to the start of the day after the earliest last day of a letter still holding on
     * {@code today} (when the scheduled check must look again), or null when no letter will expire.
     */
    public void scheduleLetterCheck(LocalDate today) {
        lettersDueAt = letters.stream().map(CommitmentLetter::validUntil).filter(d -> !d.isBefore(today)).min(LocalDate::compareTo)
                .map(d -> d.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)).orElse(null);
    }

    // ---- evidence ----

    public void recordScopingNote(ScopingNote note) {
        requireOpen();
        scopingNote = note;
        changed();
    }

    /** Entries must name members (ACTIVE or INVITED; 422 not-a-member otherwise). */
    public void recordComplementarityMap(ComplementarityMap map) {
        requireOpen();
        for (ComplementarityMap.Entry e : map.entries()) {
            if (!hasMember(e.regionCode())) {
                throw PartnershipProblem.NOT_A_MEMBER.exception("entries: region " + e.regionCode()
                        + " is not a member of partnership " + id);
            }
        }
        complementarityMap = new ComplementarityMap(List.copyOf(map.entries()));
        changed();
    }

    public void recordPilotReport(PilotReport report) {
        requireOpen();
        pilotReport = new PilotReport(List.copyOf(report.demonstrators()));
        changed();
    }

    public void recordFundingPlan(FundingPlan plan) {
        requireOpen();
        fundingPlan = new FundingPlan(List.copyOf(plan.sources()));
        changed();
    }

    // ---- re-scoping and regressions ----

    /** Flags the partnership for re-scoping, adding the reason to those already given. */
    public void recommendRescoping(RescopingCause cause, String message) {
        List<RescopingReason> next = new ArrayList<>(rescopingReasons);
        next.add(new RescopingReason(cause, message, UtcClock.now()));
        rescopingReasons = List.copyOf(next);
        rescopingRecommended = true;
        rescopingReason = message;
        changed();
    }

    /** The regressions of {@code current} that are new, and the recorded ones no longer in it. */
    public RegressionChange compareRegressions(List<Regression> current) {
        Set<String> now = current.stream().map(Regression::code).collect(Collectors.toSet());
        Set<String> before = regressions.stream().map(Regression::code).collect(Collectors.toSet());
        return new RegressionChange(current.stream().filter(r -> !before.contains(r.code())).toList(),
                regressions.stream().filter(r -> !now.contains(r.code())).toList());
    }

    /** The criteria hold again: they leave {@link #regressions}. */
    public void restore(List<Regression> restored) {
        Set<String> codes = restored.stream().map(Regression::code).collect(Collectors.toSet());
        regressions = regressions.stream().filter(r -> !codes.contains(r.code())).toList();
        changed();
    }

    /** The criteria no longer hold: they join {@link #regressions}, and re-scoping is recommended. */
    public void regress(List<Regression> regressed) {
        List<Regression> next = new ArrayList<>(regressions);
        next.addAll(regressed);
        regressions = List.copyOf(next);
        recommendRescoping(RescopingCause.GATE_REGRESSED, regressed.stream()
                .map(r -> r.code() + " of " + r.gate() + " no longer holds: " + r.message())
                .collect(Collectors.joining("; ")));
    }

    // ---- transitions: what is allowed is TransitionAction's table ----

    /**
     * Checks {@code t} against this partnership's state, once: 409 partnership-closed, or 409 invalid-transition
     * when the action does not start from its status or leads to no stage from its stage.
     *
     * @return the move, to {@link #apply} once its gate (ADVANCE) is passed
     */
    public Move check(Transition t) {
        return t.action().check(this, t);
    }

    /** Applies a move {@link #check} allowed from this very state; @return the history entry it writes */
    public StageTransition apply(Move move, String actor) {
        if (!move.partnershipId().equals(id) || move.version() != version) {
            throw new IllegalStateException("move checked on " + move.partnershipId() + " version " + move.version()
                    + ", applied to " + id + " version " + version);
        }
        Transition t = move.transition();
        Stage fromStage = stage;
        Status fromStatus = status;
        stage = move.to();
        status = t.action().statusAfter(status);
        if (t.outcome() != null) {
            outcome = t.outcome();
        }
        if (t.action().clearsRescoping) {
            rescopingRecommended = false;
            rescopingReason = null;
            rescopingReasons = List.of();
        }
        // a gate no longer passed cannot regress: a REVERT drops its regressions
        Set<Gate> passed = Set.copyOf(Gate.passedBy(stage));
        regressions = regressions.stream().filter(r -> passed.contains(r.gate())).toList();
        changed();
        if (fromStage != stage) {
            stageEnteredAt = updatedAt;
        }
        return StageTransition.of(this, t.action().recordedAs(), fromStage, fromStatus, t.trigger(), t.reason(), actor);
    }

    /**
     * No submitted monitoring report for the last closed half-year at {@code now}, while open and existing before the
     * current half-year began.
     */
    public boolean reportOverdue(OffsetDateTime now) {
        ReportPeriod lastClosed = ReportPeriod.lastClosed(now);
        return isOpen() && createdAt.isBefore(lastClosed.end())
                && (lastReportedPeriod == null || lastReportedPeriod.compareTo(lastClosed.toString()) < 0);
    }

    /** A report of {@code period} was submitted: the latest reported period moves on (never back). */
    public void reported(ReportPeriod period) {
        if (lastReportedPeriod == null || lastReportedPeriod.compareTo(period.toString()) < 0) {
            lastReportedPeriod = period.toString();
        }
    }

    public boolean isOpen() {
        return status != Status.CLOSED;
    }

    /** Every change of a partnership starts here: a closed one changes no more (409 partnership-closed). */
    public void requireOpen() {
        if (!isOpen()) {
            throw PartnershipProblem.PARTNERSHIP_CLOSED.exception("Partnership " + id + " is closed ("
                    + outcome + "); it cannot change any more");
        }
    }

    private Member requireMember(String regionCode) {
        return member(regionCode).orElseThrow(() -> ProblemException.notFound("Region " + regionCode
                + " is not a member of partnership " + id));
    }

    private Member requireInvited(String regionCode) {
        requireOpen();
        Member m = requireMember(regionCode);
        if (m.isActive()) {
            throw PartnershipProblem.NO_PENDING_INVITATION.exception("Region " + regionCode + " is an active member of "
                    + "partnership " + id + " already; there is no invitation to decide");
        }
        return m;
    }

    private void requireActiveMember(String regionCode, String why) {
        if (!hasActiveMember(regionCode)) {
            throw PartnershipProblem.NOT_A_MEMBER.exception("Region " + regionCode + " is not an active member of "
                    + "partnership " + id + "; " + why);
        }
    }

    private Participant requireParticipant(UUID participantId) {
        return participant(participantId).orElseThrow(() -> ProblemException.notFound("No participant "
                + participantId + " in partnership " + id));
    }

    private void replaceMember(Member next) {
        setMembers(members.stream().map(m -> m.regionCode().equals(next.regionCode()) ? next : m).toList());
        changed();
    }

    /** The members as stored, for a read off the ORM (PartnershipReads): no change, no version; indexes with them. */
    public void restoreMembers(List<Member> stored) {
        setMembers(stored);
    }

    private void setMembers(List<Member> next) {
        members = List.copyOf(next);
        memberIndex = index(Member::isActive);
        invitedIndex = index(m -> !m.isActive());
    }

    private String index(Predicate<Member> which) {
        return members.stream().filter(which).map(Member::regionCode).collect(Collectors.joining("|", "|", "|"));
    }

    private void changed() {
        version++;
        updatedAt = UtcClock.now();
    }

    /** What a re-evaluation of the passed gates found: criteria that newly stopped holding, and those holding again. */
    public record RegressionChange(List<Regression> regressed, List<Regression> restored) {
    }

    /** Two members of one partnership may not be nested (ES and ES51, or ES51 and ES511). */
    static final class NestedRegions {
        private NestedRegions() {
        }

        static void requireNone(Collection<String> codes) {
            for (String outer : codes) {
                for (String inner : codes) {
                    if (inner.length() > outer.length() && inner.startsWith(outer)) {
                        throw PartnershipProblem.NESTED_MEMBER_REGIONS.exception("Regions " + outer + " and " + inner
                                + " cannot both be members of one partnership: " + inner + " lies within " + outer);
                    }
                }
            }
        }
    }
}
