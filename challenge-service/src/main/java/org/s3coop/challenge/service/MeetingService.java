package org.s3coop.challenge.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.Attendance;
import org.s3coop.challenge.domain.Challenge;
import org.s3coop.challenge.domain.ChallengeProblem;
import org.s3coop.challenge.domain.Meeting;
import org.s3coop.challenge.domain.MeetingAction;
import org.s3coop.challenge.domain.MeetingFilter;
import org.s3coop.challenge.domain.RankingRound;
import org.s3coop.challenge.domain.Solution;
import org.s3coop.challenge.events.MeetingEvents;
import org.s3coop.challenge.repository.ChallengeRepository;
import org.s3coop.challenge.repository.MeetingRepository;
import org.s3coop.challenge.repository.RankingRoundRepository;
import org.s3coop.challenge.repository.SolutionRepository;
import org.s3coop.challenge.service.command.DescribeMeeting;
import org.s3coop.platform.audit.AuditEntry;
import org.s3coop.platform.audit.AuditQuery;
import org.s3coop.platform.events.Outbox;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The working group's meetings: planned, described, held, their minutes published ({@link MeetingAction}). The host
 * region and the attending regions must be known regions (422 {@code unknown-region}); an admin, or an editor of the
 * host region (of the new host too, when it changes), changes a meeting. Each change writes its event and audit entry
 * in the same transaction.
 */
@ApplicationScoped
public class MeetingService {
    @Inject
    MeetingRepository meetings;
    @Inject
    KnownRegions regions;
    @Inject
    ChallengeRepository challenges;
    @Inject
    SolutionRepository solutions;
    @Inject
    RankingRoundRepository rounds;
    @Inject
    ChallengeAuthority authority;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;

    /** A meeting with what arose at it: the challenges raised, the solutions proposed, the rounds held. */
    public record MeetingDetails(Meeting meeting, List<Challenge> challenges, List<Solution> solutions,
            List<RankingRound> rounds) {
    }

    @WithSession
    public Uni<Page<Meeting>> list(MeetingFilter filter, PageRequest page) {
        return meetings.list(filter, page);
    }

    @WithSession
    public Uni<MeetingDetails> get(UUID id) {
        return find(id).chain(m -> challenges.atMeeting(id)
                .chain(cs -> solutions.atMeeting(id)
                        .chain(ss -> rounds.atMeeting(id).map(rs -> new MeetingDetails(m, cs, ss, rs)))));
    }

    @WithSession
    public Uni<Page<AuditEntry>> audit(UUID id, AuditQuery query, PageRequest page) {
        return find(id).chain(m -> audit.list(AuditLog.MEETING, id.toString(), query, page));
    }

    @WithTransaction
    public Uni<Meeting> plan(DescribeMeeting cmd) {
        return requireRegionsKnown(cmd).chain(() -> {
            authority.requireEditorOfAny(List.of(cmd.hostRegion()), "a meeting hosted by " + cmd.hostRegion());
            String actor = authority.actor();
            Meeting m = Meeting.plan(description(cmd), actor);
            return meetings.persist(m).chain(meetings::flush)
                    .chain(() -> outbox.append(MeetingEvents.planned(m, actor)))
                    .chain(() -> audit.record(AuditLog.MEETING, m.id.toString(), "PLAN", actor, null,
                            AuditLog.MeetingState.of(m)))
                    .replaceWith(m);
        });
    }

    @WithTransaction
    public Uni<Meeting> describe(UUID id, DescribeMeeting cmd, ExpectedVersion expected) {
        return requireRegionsKnown(cmd).chain(() -> getForChange(id, expected)).chain(m -> {
            if (!m.hostRegion.equals(cmd.hostRegion())) {
                authority.requireEditorOfAny(List.of(cmd.hostRegion()), "a meeting hosted by " + cmd.hostRegion());
            }
            var before = AuditLog.MeetingState.of(m);
            m.describe(description(cmd));
            String actor = authority.actor();
            return meetings.flush()
                    .chain(() -> outbox.append(MeetingEvents.updated(m, actor)))
                    .chain(() -> audit.record(AuditLog.MEETING, id.toString(), "UPDATE", actor, before,
                            AuditLog.MeetingState.of(m)))
                    .replaceWith(m);
        });
    }

    @WithTransaction
    public Uni<Meeting> transition(UUID id, MeetingAction action, ExpectedVersion expected) {
        return getForChange(id, expected).chain(m -> {
            var before = AuditLog.MeetingState.of(m);
            m.transition(action);
            String actor = authority.actor();
            return meetings.flush()
                    .chain(() -> outbox.append(MeetingEvents.transitioned(m, action, actor)))
                    .chain(() -> audit.record(AuditLog.MEETING, id.toString(), action.name(), actor, before,
                            AuditLog.MeetingState.of(m)))
                    .replaceWith(m);
        });
    }

    /** Nothing for null; 422 {@code unknown-meeting} for an id that names no meeting. */
    public Uni<Void> requireKnown(UUID meetingId) {
        return meetingId == null ? Uni.createFrom().voidItem() : known(meetingId).replaceWithVoid();
    }

    /** The meeting, or 422 {@code unknown-meeting}. */
    public Uni<Meeting> known(UUID meetingId) {
        return meetings.findById(meetingId).onItem().ifNull().failWith(() -> unknown(meetingId));
    }

    private static ProblemException unknown(UUID meetingId) {
        return ChallengeProblem.UNKNOWN_MEETING.exception("meetingId: no meeting " + meetingId);
    }

    /** Reads and locks the meeting, checks the caller may change it (host's editor) and the expected version. */
    private Uni<Meeting> getForChange(UUID id, ExpectedVersion expected) {
        return meetings.findForUpdate(id).onItem().ifNull().failWith(() -> notFound(id))
                .invoke(m -> authority.requireEditorOfAny(List.of(m.hostRegion), "a meeting hosted by " + m.hostRegion))
                .invoke(m -> expected.require(m.version));
    }

    private Uni<Meeting> find(UUID id) {
        return meetings.findById(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No meeting " + id);
    }

    /** 422 {@code unknown-region} naming the host or attending regions no region-service event has made known. */
    private Uni<Void> requireRegionsKnown(DescribeMeeting cmd) {
        List<String> codes = new ArrayList<>();
        codes.add(cmd.hostRegion());
        if (cmd.attendingRegions() != null) {
            codes.addAll(cmd.attendingRegions());
        }
        return regions.requireKnown(codes, "hostRegion / attendance.regions");
    }

    private static Meeting.Description description(DescribeMeeting cmd) {
        return new Meeting.Description(cmd.title(), cmd.kind(), cmd.date(), cmd.hostRegion(), cmd.agenda(),
                Attendance.of(cmd.attendingRegions(), cmd.attendingOrganisations()), cmd.minutes(), cmd.decisions());
    }
}
