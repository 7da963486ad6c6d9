package org.s3coop.challenge.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.s3coop.challenge.domain.Challenge;
import org.s3coop.challenge.domain.ChallengeFilter;
import org.s3coop.challenge.domain.ChallengeTransition;
import org.s3coop.challenge.events.ChallengeEvents;
import org.s3coop.challenge.repository.ChallengeRepository;
import org.s3coop.challenge.repository.SolutionRepository;
import org.s3coop.challenge.repository.TransitionRepository;
import org.s3coop.challenge.service.command.RaiseChallenge;
import org.s3coop.challenge.service.command.TransitionChallenge;
import org.s3coop.challenge.service.command.UpdateChallenge;
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
 * Raises, describes and moves challenges through their statuses; each change writes its event to the outbox in the
 * same transaction. Checks run in this order: input (400), scope known (422), authorisation (403), If-Match (412),
 * allowed in the current status (409).
 */
@ApplicationScoped
public class ChallengeService {
    @Inject
    ChallengeRepository challenges;
    @Inject
    SolutionRepository solutions;
    @Inject
    TransitionRepository transitions;
    @Inject
    OpenChallengeCounts openCounts;
    @Inject
    ClusterCatalogue catalogue;
    @Inject
    ScopeResolver scopes;
    @Inject
    ChallengeAuthority authority;
    @Inject
    Outbox outbox;
    @Inject
    MeetingService meetings;
    @Inject
    AuditLog audit;

    @WithSession
    public Uni<ChallengeDetails> get(UUID id) {
        return find(id).chain(c -> solutions.of(id).map(s -> new ChallengeDetails(c, s)));
    }

    @WithSession
    public Uni<Page<ChallengeDetails>> list(ChallengeFilter filter, PageRequest page) {
        return challenges.list(filter, page).chain(p -> solutions.ofAll(p.items().stream().map(c -> c.id).toList())
                .map(all -> p.map(c -> new ChallengeDetails(c, all.stream().filter(s -> s.challengeId.equals(c.id)).toList()))));
    }

    @WithSession
    public Uni<List<ChallengeTransition>> history(UUID id) {
        return find(id).chain(c -> transitions.historyOf(id));
    }

    @WithSession
    public Uni<Page<AuditEntry>> audit(UUID id, AuditQuery query, PageRequest page) {
        return find(id).chain(c -> audit.list(AuditLog.CHALLENGE, id.toString(), query, page));
    }

    @WithTransaction
    public Uni<Challenge> raise(RaiseChallenge cmd) {
        return catalogue.requireClassification(cmd.cluster(), cmd.subDimension())
                .chain(() -> meetings.requireKnown(cmd.meetingId()))
                .chain(() -> scopes.resolve(cmd.scope()))
                .chain(resolved -> {
                    authority.requireMayChange(resolved.scope(), resolved.regions());
                    String actor = authority.actor();
                    Challenge c = Challenge.raise(cmd.cluster(), cmd.subDimension(), cmd.title(), cmd.description(),
                            resolved.scope(), cmd.severity(), cmd.meetingId(), actor);
                    return challenges.persist(c)
                            .chain(challenges::flush)
                            .chain(() -> openCounts.changed(OpenChallengeCounts.Counted.NOTHING, c))
                            .chain(() -> outbox.append(ChallengeEvents.raised(c, actor)))
                            .chain(() -> audit.record(AuditLog.CHALLENGE, c.id.toString(), "RAISE", actor, null,
                                    AuditLog.ChallengeState.of(c)))
                            .replaceWith(c);
                });
    }

    @WithTransaction
    public Uni<ChallengeDetails> update(UUID id, UpdateChallenge cmd, ExpectedVersion expected) {
        return catalogue.requireClassification(cmd.cluster(), cmd.subDimension())
                .chain(() -> meetings.requireKnown(cmd.meetingId()))
                .chain(() -> getForChange(id, expected))
                .chain(c -> {
                    c.requireWorkedOn("REOPEN it before changing it");
                    var before = AuditLog.ChallengeState.of(c);
                    var counted = OpenChallengeCounts.Counted.of(c);
                    String actor = authority.actor();
                    c.describe(cmd.cluster(), cmd.subDimension(), cmd.title(), cmd.description(), cmd.severity(),
                            cmd.meetingId());
                    return challenges.flush().chain(() -> openCounts.changed(counted, c)).chain(() -> solutions.of(id))
                            .call(s -> outbox.append(ChallengeEvents.updated(c, s, actor)))
                            .call(s -> audit.record(AuditLog.CHALLENGE, id.toString(), "UPDATE", actor, before,
                                    AuditLog.ChallengeState.of(c)))
                            .map(s -> new ChallengeDetails(c, s));
                });
    }

    @WithTransaction
    public Uni<ChallengeDetails> transition(UUID id, TransitionChallenge cmd, ExpectedVersion expected) {
        return getForChange(id, expected).chain(c -> {
            var before = AuditLog.ChallengeState.of(c);
            var counted = OpenChallengeCounts.Counted.of(c);
            ChallengeTransition t = c.apply(cmd.action(), cmd.reason(), authority.actor());
            return transitions.persist(t)
                    .chain(() -> challenges.flush())
                    .chain(() -> openCounts.changed(counted, c))
                    .chain(() -> solutions.of(id))
                    .call(s -> outbox.append(ChallengeEvents.transitioned(c, s, t)))
                    .call(s -> audit.record(AuditLog.CHALLENGE, id.toString(), t.action.name(), t.actor, before,
                            AuditLog.ChallengeState.of(c)))
                    .map(s -> new ChallengeDetails(c, s));
        });
    }

    /**
     * Inside a transaction: reads the challenge and locks its row until the transaction ends (concurrent changes
     * queue up), then checks that the caller may change it and that the expected version is its version.
     */
    public Uni<Challenge> getForChange(UUID id, ExpectedVersion expected) {
        return challenges.findById(id, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull()
                .failWith(() -> notFound(id))
                .call(c -> scopes.regionsOf(c.scope())
                        .invoke(regions -> authority.requireMayChange(c.scope(), regions)))
                .invoke(c -> expected.require(c.version));
    }

    private Uni<Challenge> find(UUID id) {
        return challenges.findById(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No challenge " + id);
    }
}
