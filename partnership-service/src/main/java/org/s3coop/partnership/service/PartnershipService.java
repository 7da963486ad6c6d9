package org.s3coop.partnership.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.s3coop.partnership.domain.ComplementarityMap;
import org.s3coop.partnership.domain.FundingPlan;
import org.s3coop.partnership.domain.Member;
import org.s3coop.partnership.domain.Participant;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PilotReport;
import org.s3coop.partnership.domain.ScopingNote;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.domain.Status;
import org.s3coop.partnership.events.PartnershipEvents;
import org.s3coop.partnership.repository.PartnershipRepository;
import org.s3coop.partnership.repository.StageTransitionRepository;
import org.s3coop.partnership.service.command.NewParticipant;
import org.s3coop.partnership.service.command.Proposal;
import org.s3coop.platform.events.DomainEvent;
import org.s3coop.platform.events.Outbox;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Proposes partnerships, lists and reads them, and changes their members, participants and evidence. Each change
 * locks the row, checks the caller and If-Match, bumps the version and writes its event to the outbox in the same
 * transaction.
 */
@ApplicationScoped
public class PartnershipService {
    @Inject
    PartnershipRepository partnerships;
    @Inject
    StageTransitionRepository history;
    @Inject
    MemberRegions memberRegions;
    @Inject
    PartnershipAuthority authority;
    @Inject
    Outbox outbox;

    @WithSession
    public Uni<Partnership> get(UUID id) {
        return partnerships.findById(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** A page of partnerships, oldest first; a null filter means "any". */
    @WithSession
    public Uni<Page<Partnership>> list(Stage stage, Status status, String region, String priority, PageRequest page) {
        return partnerships.list(new PartnershipRepository.Filter(stage, status, region, priority), page);
    }

    @WithSession
    public Uni<List<StageTransition>> history(UUID id) {
        return get(id).chain(p -> history.of(id));
    }

    @WithTransaction
    public Uni<Partnership> propose(Proposal cmd) {
        authority.requireProposer(cmd.leadRegion());
        List<Member> members = cmd.members();
        checkMembers(cmd.leadRegion(), members);
        return memberRegions.requireUsable(members.stream().map(Member::regionCode).toList()).chain(() -> {
            Partnership p = Partnership.propose(cmd.title().strip(), cmd.priority(), cmd.leadRegion(), members);
            StageTransition proposal = p.proposal(authority.actor());
            return partnerships.persist(p)
                    .chain(partnerships::flush)
                    .chain(() -> history.persist(proposal))
                    .chain(() -> outbox.append(PartnershipEvents.step(p, proposal)))
                    .replaceWith(p);
        });
    }

    /** Adds {@code member}'s region, or changes its role and contribution. */
    @WithTransaction
    public Uni<Partnership> putMember(UUID id, Member member, ExpectedVersion expected) {
        String regionCode = member.regionCode();
        return change(id, expected, p -> {
            // a closed partnership refuses the change itself (409) before any question about the region (422)
            Uni<Void> usable = !p.isOpen() || p.hasMember(regionCode) ? Uni.createFrom().voidItem()
                    : memberRegions.requireUsable(List.of(regionCode));
            return usable.map(v -> {
                p.putMember(member);
                return PartnershipEvents.member(PartnershipEvents.MEMBER_JOINED, p, regionCode);
            });
        });
    }

    @WithTransaction
    public Uni<Partnership> removeMember(UUID id, String regionCode, ExpectedVersion expected) {
        return change(id, expected, p -> {
            p.removeMember(regionCode);
            return Uni.createFrom().item(PartnershipEvents.member(PartnershipEvents.MEMBER_LEFT, p, regionCode));
        });
    }

    public record AddedParticipant(Partnership partnership, Participant participant) {
    }

    @WithTransaction
    public Uni<AddedParticipant> addParticipant(UUID id, NewParticipant cmd, ExpectedVersion expected) {
        Participant[] added = new Participant[1];
        return change(id, expected, p -> {
            added[0] = p.addParticipant(cmd.name().strip(), cmd.type(), cmd.regionCode());
            return Uni.createFrom().item(PartnershipEvents.evidence(p, "participants"));
        }).map(p -> new AddedParticipant(p, added[0]));
    }

    @WithTransaction
    public Uni<Partnership> recordScopingNote(UUID id, ScopingNote note, ExpectedVersion expected) {
        return evidence(id, expected, "scoping-note", p -> p.recordScopingNote(new ScopingNote(strip(note.objective()),
                strip(note.draftActionPlan()))));
    }

    @WithTransaction
    public Uni<Partnership> recordComplementarityMap(UUID id, ComplementarityMap map, ExpectedVersion expected) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < map.entries().size(); i++) {
            if (!seen.add(map.entries().get(i).regionCode())) {
                throw ProblemException.invalid("entries[" + i + "].regionCode", "appears twice; one entry per member");
            }
        }
        return evidence(id, expected, "complementarity-map", p -> p.recordComplementarityMap(map));
    }

    @WithTransaction
    public Uni<Partnership> recordPilotReport(UUID id, PilotReport report, ExpectedVersion expected) {
        return evidence(id, expected, "pilot-report", p -> p.recordPilotReport(report));
    }

    @WithTransaction
    public Uni<Partnership> recordFundingPlan(UUID id, FundingPlan plan, ExpectedVersion expected) {
        return evidence(id, expected, "funding-plan", p -> p.recordFundingPlan(plan));
    }

    private Uni<Partnership> evidence(UUID id, ExpectedVersion expected, String kind, Consumer<Partnership> record) {
        return change(id, expected, p -> {
            record.accept(p);
            return Uni.createFrom().item(PartnershipEvents.evidence(p, kind));
        });
    }

    /**
     * The shape of every change by a member: lock the row, check the caller (member editor) and the expected version,
     * apply (the partnership refuses any change once closed), then write the event in the same transaction.
     */
    private Uni<Partnership> change(UUID id, ExpectedVersion expected, Function<Partnership, Uni<DomainEvent>> mutation) {
        return getForUpdate(id).chain(p -> {
            authority.requireMember(p);
            expected.require(p.version);
            return mutation.apply(p).chain(event -> save(p, event));
        });
    }

    /** Reads the partnership and locks its row until the transaction ends, so concurrent changes queue up. */
    Uni<Partnership> getForUpdate(UUID id) {
        return partnerships.findById(id, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull().failWith(() -> notFound(id));
    }

    Uni<Partnership> save(Partnership p, DomainEvent event) {
        return partnerships.flush().chain(() -> outbox.append(event)).replaceWith(p);
    }

    private static void checkMembers(String leadRegion, List<Member> members) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (!seen.add(members.get(i).regionCode())) {
                throw ProblemException.invalid("members[" + i + "].regionCode", "appears twice; list each region once");
            }
        }
        if (!seen.contains(leadRegion)) {
            throw ProblemException.invalid(List.of(new Problem.Violation("leadRegion",
                    "must be one of the members " + members.stream().map(Member::regionCode).toList())));
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No partnership with id " + id);
    }
}
