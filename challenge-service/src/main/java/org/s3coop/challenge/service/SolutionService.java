package org.s3coop.challenge.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.Challenge;
import org.s3coop.challenge.domain.Solution;
import org.s3coop.challenge.events.ChallengeEvents;
import org.s3coop.challenge.repository.ChallengeRepository;
import org.s3coop.challenge.repository.SolutionRepository;
import org.s3coop.challenge.service.command.ProposeSolution;
import org.s3coop.challenge.service.command.UpdateSolution;
import org.s3coop.platform.events.Outbox;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Solutions of a challenge. A solution is part of its challenge: proposing or changing one is a change of the
 * challenge (its version grows, If-Match names the challenge's version, the same authorisation applies) and
 * publishes {@code solution-proposed} or {@code updated} with the challenge's state.
 */
@ApplicationScoped
public class SolutionService {
    @Inject
    ChallengeService challengeService;
    @Inject
    ChallengeRepository challenges;
    @Inject
    SolutionRepository solutions;
    @Inject
    KnownRegions regions;
    @Inject
    ChallengeAuthority authority;
    @Inject
    Outbox outbox;
    @Inject
    MeetingService meetings;
    @Inject
    AuditLog audit;

    /** A solution and the version of its challenge (after the change, for a write): the solution's ETag. */
    public record Versioned(Solution solution, long challengeVersion) {
    }

    @WithSession
    public Uni<Versioned> get(UUID challengeId, UUID solutionId) {
        return challengeService.get(challengeId).map(d -> d.solutions().stream().filter(s -> s.id.equals(solutionId))
                .findFirst().map(s -> new Versioned(s, d.challenge().version))
                .orElseThrow(() -> notFound(challengeId, solutionId)));
    }

    @WithTransaction
    public Uni<Versioned> propose(UUID challengeId, ProposeSolution cmd, ExpectedVersion expected) {
        return meetings.requireKnown(cmd.meetingId()).chain(() -> challengeService.getForChange(challengeId, expected))
                .chain(c -> {
                    c.requireWorkedOn("solutions can be proposed while it is OPEN or ADDRESSED");
                    return regions.requireKnown(cmd.adoptingRegions(), "adoptingRegions").chain(() -> {
                        Solution s = Solution.propose(challengeId, cmd.title(), cmd.description(),
                                cmd.adoptingRegions(), cmd.meetingId(), authority.actor());
                        c.solutionsChanged();
                        return solutions.persist(s)
                                .chain(() -> publish(ChallengeEvents.SOLUTION_PROPOSED, c, s, "PROPOSE", null));
                    });
                });
    }

    @WithTransaction
    public Uni<Versioned> update(UUID challengeId, UUID solutionId, UpdateSolution cmd, ExpectedVersion expected) {
        Solution.requireAdopters(cmd.status(), cmd.adoptingRegions());
        return meetings.requireKnown(cmd.meetingId()).chain(() -> challengeService.getForChange(challengeId, expected))
                .chain(c -> solutions.findById(solutionId).chain(s -> {
                    if (s == null || !s.challengeId.equals(challengeId)) {
                        throw notFound(challengeId, solutionId);
                    }
                    s.requireCanMoveTo(cmd.status());
                    return regions.requireKnown(cmd.adoptingRegions(), "adoptingRegions").chain(() -> {
                        var before = AuditLog.SolutionState.of(s);
                        s.update(cmd.title(), cmd.description(), cmd.adoptingRegions(), cmd.status(), cmd.meetingId());
                        c.solutionsChanged();
                        return publish(ChallengeEvents.UPDATED, c, s, "UPDATE", before);
                    });
                }));
    }

    private Uni<Versioned> publish(String type, Challenge c, Solution s, String action, AuditLog.SolutionState before) {
        String actor = authority.actor();
        return challenges.flush()
                .chain(() -> solutions.of(c.id))
                .chain(all -> outbox.append(ChallengeEvents.solutionChanged(type, c, all, s, actor)))
                .chain(() -> audit.recordPart(AuditLog.CHALLENGE, c.id.toString(), AuditLog.SOLUTION, s.id.toString(),
                        action, actor, before, AuditLog.SolutionState.of(s)))
                .replaceWith(() -> new Versioned(s, c.version));
    }

    private static ProblemException notFound(UUID challengeId, UUID solutionId) {
        return ProblemException.notFound("No solution " + solutionId + " on challenge " + challengeId);
    }
}
