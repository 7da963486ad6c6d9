package org.s3coop.challenge.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.s3coop.challenge.domain.Challenge;
import org.s3coop.challenge.domain.ChallengeAction;
import org.s3coop.challenge.domain.ChallengeStatus;
import org.s3coop.challenge.domain.ChallengeTransition;
import org.s3coop.challenge.domain.Scope;
import org.s3coop.challenge.domain.Severity;
import org.s3coop.challenge.domain.Solution;
import org.s3coop.challenge.domain.SolutionStatus;
import org.s3coop.platform.events.DomainEvent;

/**
 * The challenge events challenge-service publishes on {@code s3coop.challenges.v1}, keyed by challenge id. Their
 * data is the challenge's full state after the change (partnership-service keeps the open BLOCKING challenges per
 * partnership from {@code scope}, {@code severity}, {@code status} and {@code version}), plus the transition or
 * solution that caused it.
 */
public final class ChallengeEvents {
    public static final String RAISED = "org.s3coop.challenge.raised.v1";
    public static final String UPDATED = "org.s3coop.challenge.updated.v1";
    public static final String ADDRESSED = "org.s3coop.challenge.addressed.v1";
    public static final String CLOSED = "org.s3coop.challenge.closed.v1";
    public static final String WITHDRAWN = "org.s3coop.challenge.withdrawn.v1";
    public static final String REOPENED = "org.s3coop.challenge.reopened.v1";
    public static final String SOLUTION_PROPOSED = "org.s3coop.challenge.solution-proposed.v1";

    private ChallengeEvents() {
    }

    public record SolutionData(UUID id, String title, SolutionStatus status, List<String> adoptingRegions,
            UUID meetingId) {
        static SolutionData of(Solution s) {
            return new SolutionData(s.id, s.title, s.status, s.adoptingRegions, s.meetingId);
        }
    }

    public record TransitionData(ChallengeAction action, ChallengeStatus from, ChallengeStatus to, String reason) {
    }

    /**
     * Data of every challenge event. {@code transition} and {@code solution} are null unless they caused it;
     * {@code meetingId} names the meeting where the challenge was raised, if any. The outbox adds {@code actor}.
     */
    public record ChallengeData(UUID id, String cluster, String subDimension, String title, String description,
            Severity severity, ChallengeStatus status, Scope scope, long version, OffsetDateTime updatedAt,
            List<SolutionData> solutions, TransitionData transition, SolutionData solution, UUID meetingId) {
    }

    public static DomainEvent raised(Challenge c, String actor) {
        return of(RAISED, c, List.of(), null, null).by(actor);
    }

    public static DomainEvent updated(Challenge c, List<Solution> solutions, String actor) {
        return of(UPDATED, c, solutions, null, null).by(actor);
    }

    public static DomainEvent solutionChanged(String type, Challenge c, List<Solution> solutions, Solution solution,
            String actor) {
        return of(type, c, solutions, null, SolutionData.of(solution)).by(actor);
    }

    public static DomainEvent transitioned(Challenge c, List<Solution> solutions, ChallengeTransition t) {
        String type = switch (t.action) {
            case ADDRESS -> ADDRESSED;
            case CLOSE -> CLOSED;
            case WITHDRAW -> WITHDRAWN;
            case REOPEN -> REOPENED;
        };
        return of(type, c, solutions, new TransitionData(t.action, t.fromStatus, t.toStatus, t.reason), null)
                .by(t.actor);
    }

    private static DomainEvent of(String type, Challenge c, List<Solution> solutions, TransitionData transition,
            SolutionData solution) {
        return DomainEvent.of(type, c.id.toString(), new ChallengeData(c.id, c.cluster, c.subDimension, c.title,
                c.description, c.severity, c.status, c.scope(), c.version, c.updatedAt,
                solutions.stream().map(SolutionData::of).toList(), transition, solution, c.meetingId));
    }
}
