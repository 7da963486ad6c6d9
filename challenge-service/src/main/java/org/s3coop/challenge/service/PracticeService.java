package org.s3coop.challenge.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.AdoptionChange;
import org.s3coop.challenge.domain.AdoptionStatus;
import org.s3coop.challenge.domain.ChallengeProblem;
import org.s3coop.challenge.domain.Practice;
import org.s3coop.challenge.domain.PracticeAdoption;
import org.s3coop.challenge.domain.Solution;
import org.s3coop.challenge.events.PracticeEvents;
import org.s3coop.challenge.repository.PracticeAdoptionRepository;
import org.s3coop.challenge.repository.PracticeRepository;
import org.s3coop.challenge.repository.SolutionRepository;
import org.s3coop.challenge.service.command.ChangeAdoption;
import org.s3coop.challenge.service.command.PublishPractice;
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
 * Good practices: an ADOPTED solution published with its story (one practice per solution), and each region's
 * adoption of it with its own adaptation notes and status ({@link AdoptionStatus}), kept change by change. An admin,
 * or an editor of one of the solution's adopting regions, publishes and describes a practice; a region's adoption
 * needs that region's editor (or an admin). Each change writes its event and audit entry in the same transaction.
 */
@ApplicationScoped
public class PracticeService {
    @Inject
    PracticeRepository practices;
    @Inject
    PracticeAdoptionRepository adoptions;
    @Inject
    SolutionRepository solutions;
    @Inject
    KnownRegions regions;
    @Inject
    ChallengeAuthority authority;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;

    /** A practice with every region's adoption. */
    public record PracticeDetails(Practice practice, List<PracticeAdoption> adoptions) {
    }

    /** One region's adoption with its history, oldest first. */
    public record AdoptionDetails(PracticeAdoption adoption, List<AdoptionChange> history) {
    }

    /** The adoption as now stored; {@code started} is true when the region has just started it. */
    public record Changed(PracticeAdoption adoption, boolean started) {
    }

    @WithSession
    public Uni<Page<PracticeDetails>> list(String region, AdoptionStatus status, PageRequest page) {
        return practices.list(region, status, page).chain(p -> adoptions.ofAll(p.items().stream().map(x -> x.id).toList())
                .map(all -> p.map(x -> new PracticeDetails(x, all.stream().filter(a -> a.practiceId.equals(x.id))
                        .toList()))));
    }

    @WithSession
    public Uni<PracticeDetails> get(UUID id) {
        return find(id).chain(p -> adoptions.of(id).map(a -> new PracticeDetails(p, a)));
    }

    @WithSession
    public Uni<AdoptionDetails> adoption(UUID id, String regionCode) {
        return find(id).chain(p -> adoptions.findById(new PracticeAdoption.Key(id, regionCode)))
                .onItem().ifNull().failWith(() -> adoptionNotFound(id, regionCode))
                .chain(a -> adoptions.history(id, regionCode).map(h -> new AdoptionDetails(a, h)));
    }

    @WithSession
    public Uni<Page<AuditEntry>> audit(UUID id, AuditQuery query, PageRequest page) {
        return find(id).chain(p -> audit.list(AuditLog.PRACTICE, id.toString(), query, page));
    }

    @WithTransaction
    public Uni<Practice> publish(PublishPractice cmd) {
        return solutions.findById(cmd.solutionId()).chain(s -> {
            if (s == null) {
                throw ChallengeProblem.UNKNOWN_SOLUTION.exception("solutionId: no solution " + cmd.solutionId());
            }
            requireTeller(s);
            return practices.ofSolution(s.id).chain(existing -> {
                if (existing != null) {
                    throw ChallengeProblem.PRACTICE_EXISTS.exception("Solution " + s.id
                            + " is published already, as practice " + existing.id);
                }
                String actor = authority.actor();
                Practice p = Practice.publish(s, cmd.story(), actor);
                return practices.persist(p).chain(practices::flush)
                        .chain(() -> outbox.append(PracticeEvents.published(p, actor)))
                        .chain(() -> audit.record(AuditLog.PRACTICE, p.id.toString(), "PUBLISH", actor, null, p.story()))
                        .replaceWith(p);
            });
        });
    }

    /** {@code solutionId}: null, or the practice's own (400 otherwise: a practice stays with its solution). */
    @WithTransaction
    public Uni<PracticeDetails> describe(UUID id, UUID solutionId, Practice.Story story, ExpectedVersion expected) {
        return practices.findForUpdate(id).onItem().ifNull().failWith(() -> notFound(id))
                .invoke(p -> {
                    if (solutionId != null && !solutionId.equals(p.solutionId)) {
                        throw ProblemException.invalid("solutionId", "is " + p.solutionId
                                + " for this practice; leave it out, or send it unchanged");
                    }
                })
                .chain(p -> solutions.findById(p.solutionId).chain(s -> {
                    requireTeller(s);
                    expected.require(p.version);
                    var before = p.story();
                    p.tell(story, s.title);
                    String actor = authority.actor();
                    return practices.flush().chain(() -> adoptions.of(id))
                            .call(all -> outbox.append(PracticeEvents.updated(p, all, actor)))
                            .call(all -> audit.record(AuditLog.PRACTICE, id.toString(), "UPDATE", actor, before,
                                    p.story()))
                            .map(all -> new PracticeDetails(p, all));
                }));
    }

    /**
     * Starts or changes a region's adoption: the region must be known (and active to start one), its editor (or an
     * admin) decides, the status moves as {@link AdoptionStatus} allows; If-Match names the adoption's version.
     */
    @WithTransaction
    public Uni<Changed> changeAdoption(ChangeAdoption cmd, ExpectedVersion expected) {
        UUID id = cmd.practiceId();
        String region = cmd.regionCode();
        return practices.findForUpdate(id).onItem().ifNull().failWith(() -> notFound(id))
                .chain(p -> adoptions.findById(new PracticeAdoption.Key(id, region)).chain(existing -> {
                    Uni<?> known = existing == null ? regions.requireActive(region, "start adopting a practice")
                            : Uni.createFrom().voidItem();
                    return known.chain(() -> {
                        authority.requireEditorOfAny(List.of(region), "the adoption of a practice by " + region);
                        expected.require(existing == null ? 0 : existing.version);
                        PracticeAdoption a = existing != null ? existing : PracticeAdoption.start(id, region);
                        var before = AuditLog.AdoptionState.of(a);
                        String actor = authority.actor();
                        AdoptionChange change = a.change(cmd.status(), cmd.adaptationNotes(), actor);
                        p.adoptionsChanged();
                        return (existing == null ? adoptions.persist(a) : Uni.createFrom().item(a))
                                .chain(adoptions::flush)
                                .chain(() -> adoptions.record(change))
                                .chain(() -> practices.flush())
                                .chain(() -> adoptions.of(id))
                                .chain(all -> outbox.append(PracticeEvents.adoptionChanged(p, all, change)))
                                .chain(() -> audit.recordPart(AuditLog.PRACTICE, id.toString(), AuditLog.ADOPTION,
                                        region, existing == null ? "START" : "UPDATE", actor, before,
                                        AuditLog.AdoptionState.of(a)))
                                .replaceWith(new Changed(a, existing == null));
                    });
                }));
    }

    /** Admins, and editors of one of the solution's adopting regions, tell a practice's story. */
    private void requireTeller(Solution s) {
        authority.requireEditorOfAny(s.adoptingRegions, "the good practice of a solution adopted by " + s.adoptingRegions);
    }

    private Uni<Practice> find(UUID id) {
        return practices.findById(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No good practice " + id);
    }

    private static ProblemException adoptionNotFound(UUID id, String region) {
        return ProblemException.notFound("Region " + region + " has not adopted good practice " + id);
    }
}
