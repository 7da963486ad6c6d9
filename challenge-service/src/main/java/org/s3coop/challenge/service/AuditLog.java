package org.s3coop.challenge.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.AdoptionStatus;
import org.s3coop.challenge.domain.Attendance;
import org.s3coop.challenge.domain.Challenge;
import org.s3coop.challenge.domain.ChallengeStatus;
import org.s3coop.challenge.domain.Meeting;
import org.s3coop.challenge.domain.MeetingKind;
import org.s3coop.challenge.domain.MeetingStatus;
import org.s3coop.challenge.domain.PracticeAdoption;
import org.s3coop.challenge.domain.RankingRound;
import org.s3coop.challenge.domain.RankingVote;
import org.s3coop.challenge.domain.Representative;
import org.s3coop.challenge.domain.RoundClosing;
import org.s3coop.challenge.domain.RoundStatus;
import org.s3coop.challenge.domain.Severity;
import org.s3coop.challenge.domain.Solution;
import org.s3coop.challenge.domain.SolutionStatus;
import org.s3coop.challenge.domain.WorkingGroupMember;
import org.s3coop.platform.audit.AuditEntry;
import org.s3coop.platform.audit.AuditQuery;
import org.s3coop.platform.audit.AuditRecord;
import org.s3coop.platform.audit.AuditTrail;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;

import io.smallrye.mutiny.Uni;

/**
 * The audit trail of challenge-service's aggregates (the platform's {@link AuditTrail}): every change, in its
 * transaction, filed under its root aggregate — {@code challenge} (and its {@code solution}s), {@code meeting},
 * {@code ranking-round} (and its {@code vote}s), {@code practice} (and its {@code adoption}s), {@code member} — with
 * the auditable fields before and after (the records below; only changed fields are stored).
 */
@ApplicationScoped
public class AuditLog {
    public static final String CHALLENGE = "challenge";
    public static final String SOLUTION = "solution";
    public static final String MEETING = "meeting";
    public static final String ROUND = "ranking-round";
    public static final String VOTE = "vote";
    public static final String PRACTICE = "practice";
    public static final String ADOPTION = "adoption";
    public static final String MEMBER = "member";

    @Inject
    AuditTrail trail;

    /** A change of the root aggregate itself. */
    public Uni<Void> record(String type, String id, String action, String actor, Object before, Object after) {
        return trail.record(new AuditRecord(type, id, type, null, action, actor, before, after));
    }

    /** A change of one part of the root aggregate ({@code entity} {@code entityId}). */
    public Uni<Void> recordPart(String type, String id, String entity, String entityId, String action, String actor,
            Object before, Object after) {
        return trail.record(new AuditRecord(type, id, entity, entityId, action, actor, before, after));
    }

    public Uni<Page<AuditEntry>> list(String type, String id, AuditQuery query, PageRequest page) {
        return trail.list(type, id, query, page);
    }

    // ---------------------------------------------------------------- the auditable fields of each kind

    record ChallengeState(String cluster, String subDimension, String title, String description, Severity severity,
            ChallengeStatus status, UUID meetingId) {
        static ChallengeState of(Challenge c) {
            return new ChallengeState(c.cluster, c.subDimension, c.title, c.description, c.severity, c.status,
                    c.meetingId);
        }
    }

    record SolutionState(String title, String description, SolutionStatus status, List<String> adoptingRegions,
            UUID meetingId) {
        static SolutionState of(Solution s) {
            return new SolutionState(s.title, s.description, s.status, s.adoptingRegions, s.meetingId);
        }
    }

    record MemberState(boolean member, List<Representative> representatives, LocalDate joinedOn) {
        static MemberState of(WorkingGroupMember m) {
            return new MemberState(m.isMember(), m.representatives, m.joinedOn);
        }
    }

    record MeetingState(String title, MeetingKind kind, LocalDate date, String hostRegion, String agenda,
            Attendance attendance, String minutes, List<String> decisions, MeetingStatus status) {
        static MeetingState of(Meeting m) {
            return new MeetingState(m.title, m.kind, m.date, m.hostRegion, m.agenda, m.attendance, m.minutes,
                    m.decisions, m.status);
        }
    }

    record RoundState(String title, UUID meetingId, List<String> clusters, OffsetDateTime deadline, boolean membersOnly,
            RoundStatus status, OffsetDateTime closedAt, RoundClosing closedOn, List<String> countedRegions) {
        static RoundState of(RankingRound r) {
            return new RoundState(r.title, r.meetingId, r.clusters, r.deadline, r.membersOnly, r.status, r.closedAt,
                    r.closedOn, r.result == null ? null : r.result.countedRegions());
        }
    }

    record VoteState(List<String> clusters) {
        static VoteState of(RankingVote v) {
            return new VoteState(v.clusters);
        }
    }

    record AdoptionState(AdoptionStatus status, String adaptationNotes) {
        static AdoptionState of(PracticeAdoption a) {
            return a.status == null ? null : new AdoptionState(a.status, a.adaptationNotes);
        }
    }
}
