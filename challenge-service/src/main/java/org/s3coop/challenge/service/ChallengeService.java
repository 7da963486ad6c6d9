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
    ClusterCatalogue catalogue;
    @Inject
    ScopeResolver scopes;
    @Inject
    ChallengeAuthority authority;
    @Inject
    Outbox outbox;

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

    @WithTransaction
    public Uni<Challenge> raise(RaiseChallenge cmd) {
        return catalogue.requireClassification(cmd.cluster(), cmd.subDimension())
                .chain(() -> scopes.resolve(cmd.scope()))
                .chain(resolved -> {
                    authority.requireMayChange(resolved.scope(), resolved.regions());
                    Challenge c = Challenge.raise(cmd.cluster(), cmd.subDimension(), cmd.title(), cmd.description(),
                            resolved.scope(), cmd.severity(), authority.actor());
                    return challenges.persist(c)
                            .chain(challenges::flush)
                            .chain(() -> outbox.append(ChallengeEvents.raised(c)))
                            .replaceWith(c);
                });
    }

    @WithTransaction
    public Uni<ChallengeDetails> update(UUID id, UpdateChallenge cmd, ExpectedVersion expected) {
        return catalogue.requireClassification(cmd.cluster(), cmd.subDimension())
                .chain(() -> getForChange(id, expected))
                .chain(c -> {
                    c.requireWorkedOn("REOPEN it before changing it");
                    c.describe(cmd.cluster(), cmd.subDimension(), cmd.title(), cmd.description(), cmd.severity());
                    return challenges.flush().chain(() -> solutions.of(id))
                            .call(s -> outbox.append(ChallengeEvents.updated(c, s)))
                            .map(s -> new ChallengeDetails(c, s));
                });
    }

    @WithTransaction
    public Uni<ChallengeDetails> transition(UUID id, TransitionChallenge cmd, ExpectedVersion expected) {
        return getForChange(id, expected).chain(c -> {
            ChallengeTransition t = c.apply(cmd.action(), cmd.reason(), authority.actor());
            return transitions.persist(t)
                    .chain(() -> challenges.flush())
                    .chain(() -> solutions.of(id))
                    .call(s -> outbox.append(ChallengeEvents.transitioned(c, s, t)))
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
