package org.s3coop.partnership.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
 * A cooperation partnership between regions on one S3 priority. It moves SCOPING → MAPPING → PILOT → SCALE_UP, may
 * step back, be put on hold and be closed; every change bumps {@link #version} by one (rows are locked while they
 * change, so versions never skip or repeat).
 */
@Entity
@Table(name = "partnership")
public class Partnership {
    /** At most this many member regions (proposing, and adding one by one). */
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
    @Column(name = "lead_region")
    public String leadRegion;
    @Convert(converter = JsonColumns.Members.class)
    public List<Member> members;
    /** {@code |ES51|DE21|}: the members' region codes as one delimited text, the index a filter by region reads. */
    @Column(name = "member_codes")
    public String memberIndex;
    @Convert(converter = JsonColumns.Participants.class)
    public List<Participant> participants;
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
    @Column(name = "rescoping_reason")
    public String rescopingReason;
    @Column(name = "stage_entered_at")
    public OffsetDateTime stageEnteredAt;
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Partnership propose(String title, PartnershipPriority priority, String leadRegion, List<Member> members) {
        Partnership p = new Partnership();
        p.id = UUID.randomUUID();
        p.title = title;
        p.priorityFamily = priority.family();
        p.priorityCode = priority.code();
        p.leadRegion = leadRegion;
        p.setMembers(members);
        p.participants = List.of();
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

    public List<String> memberCodes() {
        return members.stream().map(Member::regionCode).toList();
    }

    public boolean hasMember(String regionCode) {
        return members.stream().anyMatch(m -> m.regionCode().equals(regionCode));
    }

    public Optional<Participant> participant(UUID participantId) {
        return participants.stream().filter(x -> x.id().equals(participantId)).findFirst();
    }

    // ---- membership and evidence ----

    /** Adds the member, or replaces its role and contribution. @return true if the region joined */
    public boolean putMember(Member member) {
        requireOpen();
        List<Member> next = new ArrayList<>(members);
        boolean joined = !hasMember(member.regionCode());
        if (joined) {
            if (members.size() >= MAX_MEMBERS) {
                throw PartnershipProblem.MEMBER_LIMIT_REACHED.exception("Partnership " + id + " has " + members.size()
                        + " members, the most a partnership may have (" + MAX_MEMBERS + ")");
            }
            next.add(member);
        } else {
            next.replaceAll(m -> m.regionCode().equals(member.regionCode()) ? member : m);
        }
        setMembers(next);
        changed();
        return joined;
    }

    public void removeMember(String regionCode) {
        requireOpen();
        if (!hasMember(regionCode)) {
            throw ProblemException.notFound("Region " + regionCode + " is not a member of partnership " + id);
        }
        if (regionCode.equals(leadRegion)) {
            throw PartnershipProblem.LEAD_REGION_CANNOT_LEAVE.exception("Region " + regionCode + " leads partnership " + id + " and cannot leave it");
        }
        setMembers(members.stream().filter(m -> !m.regionCode().equals(regionCode)).toList());
        changed();
    }

    public Participant addParticipant(String name, StakeholderType type, String regionCode) {
        requireOpen();
        if (!hasMember(regionCode)) {
            throw PartnershipProblem.NOT_A_MEMBER.exception("Region " + regionCode
                    + " is not a member of partnership " + id + "; participants come from member regions");
        }
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

    public void recordScopingNote(ScopingNote note) {
        requireOpen();
        scopingNote = note;
        changed();
    }

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

    /** Flags the partnership for re-scoping (a member region retired, or dropped the priority). */
    public void recommendRescoping(String reason) {
        rescopingRecommended = true;
        rescopingReason = reason;
        changed();
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
        status = t.action().statusAfter;
        if (t.outcome() != null) {
            outcome = t.outcome();
        }
        if (t.action().clearsRescoping) {
            rescopingRecommended = false;
            rescopingReason = null;
        }
        changed();
        if (fromStage != stage) {
            stageEnteredAt = updatedAt;
        }
        return StageTransition.of(this, t.action().recordedAs(), fromStage, fromStatus, t.trigger(), t.reason(), actor);
    }

    public boolean isOpen() {
        return status != Status.CLOSED;
    }

    /** Every change of a partnership starts here: a closed one changes no more (409 partnership-closed). */
    void requireOpen() {
        if (!isOpen()) {
            throw PartnershipProblem.PARTNERSHIP_CLOSED.exception("Partnership " + id + " is closed ("
                    + outcome + "); it cannot change any more");
        }
    }

    private void setMembers(List<Member> next) {
        members = List.copyOf(next);
        memberIndex = members.stream().map(Member::regionCode).collect(Collectors.joining("|", "|", "|"));
    }

    private void changed() {
        version++;
        updatedAt = UtcClock.now();
    }

}
