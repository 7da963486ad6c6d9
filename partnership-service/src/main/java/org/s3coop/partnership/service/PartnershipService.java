package org.s3coop.partnership.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.events.PartnershipEvents;
import org.s3coop.partnership.repository.PartnershipRepository;
import org.s3coop.partnership.repository.StageTransitionRepository;
import org.s3coop.partnership.rest.dto.AddParticipant;
import org.s3coop.partnership.rest.dto.MemberInput;
import org.s3coop.partnership.rest.dto.ProposePartnership;
import org.s3coop.partnership.rest.dto.PutMember;
import org.s3coop.platform.events.DomainEvent;
import org.s3coop.platform.events.Outbox;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.rest.Versions;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Proposes partnerships and changes their members, participants and evidence. Each change locks the row, checks
 * the caller and If-Match, bumps the version and writes its event to the outbox in the same transaction.
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

    @WithSession
    public Uni<List<StageTransition>> history(UUID id) {
        return get(id).chain(p -> history.of(id));
    }

    @WithTransaction
    public Uni<Partnership> propose(ProposePartnership cmd) {
        List<Member> members = cmd.members().stream().map(MemberInput::toMember).toList();
        checkMembers(cmd.leadRegion(), members);
        return memberRegions.requireUsable(members.stream().map(Member::regionCode).toList()).chain(() -> {
            Partnership p = Partnership.propose(cmd.title().strip(), cmd.priority(), cmd.leadRegion(), members);
            return partnerships.persist(p)
                    .chain(partnerships::flush)
                    .chain(() -> history.persist(p.proposal(authority.actor())))
                    .chain(() -> outbox.append(PartnershipEvents.of(PartnershipEvents.PROPOSED, p)))
                    .replaceWith(p);
        });
    }

    @WithTransaction
    public Uni<Partnership> putMember(UUID id, String regionCode, PutMember cmd, String ifMatch) {
        return change(id, ifMatch, p -> {
            Uni<Void> usable = p.hasMember(regionCode) ? Uni.createFrom().voidItem()
                    : memberRegions.requireUsable(List.of(regionCode));
            return usable.map(v -> {
                p.putMember(cmd.toMember(regionCode));
                return PartnershipEvents.member(PartnershipEvents.MEMBER_JOINED, p, regionCode);
            });
        });
    }

    @WithTransaction
    public Uni<Partnership> removeMember(UUID id, String regionCode, String ifMatch) {
        return change(id, ifMatch, p -> {
            p.removeMember(regionCode);
            return Uni.createFrom().item(PartnershipEvents.member(PartnershipEvents.MEMBER_LEFT, p, regionCode));
        });
    }

    public record AddedParticipant(Partnership partnership, Participant participant) {
    }

    @WithTransaction
    public Uni<AddedParticipant> addParticipant(UUID id, AddParticipant cmd, String ifMatch) {
        Participant[] added = new Participant[1];
        return change(id, ifMatch, p -> {
            added[0] = p.addParticipant(cmd.name().strip(), cmd.type(), cmd.regionCode());
            return Uni.createFrom().item(PartnershipEvents.evidence(p, "participants"));
        }).map(p -> new AddedParticipant(p, added[0]));
    }

    @WithTransaction
    public Uni<Partnership> recordScopingNote(UUID id, ScopingNote note, String ifMatch) {
        return evidence(id, ifMatch, "scoping-note", p -> p.recordScopingNote(new ScopingNote(strip(note.objective()),
                strip(note.draftActionPlan()))));
    }

    @WithTransaction
    public Uni<Partnership> recordComplementarityMap(UUID id, ComplementarityMap map, String ifMatch) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < map.entries().size(); i++) {
            if (!seen.add(map.entries().get(i).regionCode())) {
                throw ProblemException.invalid("entries[" + i + "].regionCode", "appears twice; one entry per member");
            }
        }
        return evidence(id, ifMatch, "complementarity-map", p -> p.recordComplementarityMap(map));
    }

    @WithTransaction
    public Uni<Partnership> recordPilotReport(UUID id, PilotReport report, String ifMatch) {
        return evidence(id, ifMatch, "pilot-report", p -> p.recordPilotReport(report));
    }

    @WithTransaction
    public Uni<Partnership> recordFundingPlan(UUID id, FundingPlan plan, String ifMatch) {
        return evidence(id, ifMatch, "funding-plan", p -> p.recordFundingPlan(plan));
    }

    private Uni<Partnership> evidence(UUID id, String ifMatch, String kind, java.util.function.Consumer<Partnership> record) {
        return change(id, ifMatch, p -> {
            record.accept(p);
            return Uni.createFrom().item(PartnershipEvents.evidence(p, kind));
        });
    }

    /**
     * The shape of every change by a member: lock the row, check the caller (member editor) and If-Match, refuse a
     * closed partnership, apply, then write the event in the same transaction.
     */
    private Uni<Partnership> change(UUID id, String ifMatch, Function<Partnership, Uni<DomainEvent>> mutation) {
        return getForUpdate(id).chain(p -> {
            authority.requireMember(p);
            Versions.checkIfMatch(ifMatch, p.version);
            p.requireOpen();
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
