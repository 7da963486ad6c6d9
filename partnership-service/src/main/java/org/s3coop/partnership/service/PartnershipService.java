package org.s3coop.partnership.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.contracts.catalogue.PriorityCodes;
import org.s3coop.partnership.domain.CommitmentLetter;
import org.s3coop.partnership.domain.ComplementarityMap;
import org.s3coop.partnership.domain.FundingPlan;
import org.s3coop.partnership.domain.Member;
import org.s3coop.partnership.domain.MemberRole;
import org.s3coop.partnership.domain.MemberStatus;
import org.s3coop.partnership.domain.Participant;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PartnershipAction;
import org.s3coop.partnership.domain.PartnershipPriority;
import org.s3coop.partnership.domain.PilotReport;
import org.s3coop.partnership.domain.ScopingNote;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.domain.Status;
import org.s3coop.partnership.events.PartnershipEvents;
import org.s3coop.partnership.repository.PartnershipRepository;
import org.s3coop.partnership.repository.StageTransitionRepository;
import org.s3coop.partnership.service.command.InvitationDecision;
import org.s3coop.partnership.service.command.LetterCommand;
import org.s3coop.partnership.service.command.MemberChange;
import org.s3coop.partnership.service.command.NewParticipant;
import org.s3coop.partnership.service.command.ParticipantChange;
import org.s3coop.partnership.service.command.Proposal;
import org.s3coop.platform.audit.AuditEntry;
import org.s3coop.platform.audit.AuditQuery;
import org.s3coop.platform.audit.AuditTrail;
import org.s3coop.platform.events.DomainEvent;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.time.UtcClock;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Proposes partnerships, lists and reads them, and changes their members, participants, commitment letters and
 * evidence. Each change locks the row, checks the caller's right ({@link PartnershipAuthority}) and If-Match, and goes
 * through {@link PartnershipChanges} (gates re-evaluated, audit, events with their actor) in one transaction.
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
    PartnershipChanges changes;
    @Inject
    Programmes programmes;
    @Inject
    AuditTrail audit;

    @WithSession
    public Uni<Partnership> get(UUID id) {
        return partnerships.findById(id).onItem().ifNull().failWith(() -> PartnershipChanges.notFound(id));
    }

    /** A page of partnerships, oldest first; a null filter means "any" ({@code region}: an ACTIVE member). */
    @WithSession
    public Uni<Page<Partnership>> list(Stage stage, Status status, String region, String priority, String programme,
            String invited, PageRequest page) {
        return partnerships.list(new PartnershipRepository.Filter(stage, status, region, priority, programme, invited),
                page);
    }

    @WithSession
    public Uni<List<StageTransition>> history(UUID id) {
        return get(id).chain(p -> history.of(id));
    }

    /** The partnership's audit trail (404 for an unknown partnership), oldest first. */
    @WithSession
    public Uni<Page<AuditEntry>> audit(UUID id, AuditQuery query, PageRequest page) {
        return get(id).chain(p -> audit.list("partnership", id.toString(), query, page));
    }

    /**
     * Proposes a partnership in SCOPING. Members the caller speaks for are ACTIVE at once, the others INVITED. 400 for
     * a duplicate member, a lead that is not a member, a priority not in the catalogue or an unknown programme; 422
     * for unknown, retired or nested regions.
     */
    @WithTransaction
    public Uni<Partnership> propose(Proposal cmd) {
        authority.requireProposer(cmd.leadRegion());
        checkMembers(cmd.leadRegion(), cmd.members());
        requireCatalogued(cmd.priority());
        List<String> codes = cmd.members().stream().map(Proposal.NewMember::regionCode).toList();
        return programmes.require(cmd.programme()).chain(programme -> memberRegions.requireUsable(codes).chain(() -> {
            List<Member> members = cmd.members().stream().map(m -> new Member(m.regionCode(),
                    MemberRole.fromText(m.role(), m.regionCode().equals(cmd.leadRegion())), m.contribution(),
                    consent(m.regionCode()))).toList();
            Partnership p = Partnership.propose(cmd.title().strip(), cmd.priority(), programme.code, cmd.leadRegion(),
                    members);
            StageTransition proposal = p.proposal(authority.actor());
            return changes.create(p, proposal, authority.actor(), PartnershipAction.PROPOSE.name(),
                    List.of(PartnershipEvents.step(p, proposal)));
        }));
    }

    /**
     * Adds a region (ACTIVE when the caller speaks for it, else INVITED: the leads' right), or changes a member's role
     * (the leads') or contribution (the leads' or its own editors').
     */
    @WithTransaction
    public Uni<Partnership> putMember(UUID id, String regionCode, MemberChange cmd, ExpectedVersion expected) {
        return changes.lock(id).chain(p -> {
            Member current = p.member(regionCode).orElse(null);
            MemberRole role = cmd.role() == null ? (current == null ? MemberRole.PARTNER : current.role())
                    : MemberRole.fromText(cmd.role(), false);
            PartnershipAction action = current == null ? PartnershipAction.INVITE_MEMBER
                    : role != current.role() && !regionCode.equals(p.leadRegion) ? PartnershipAction.CHANGE_MEMBER_ROLE
                            : PartnershipAction.CHANGE_CONTRIBUTION;
            authority.require(p, action, regionCode);
            expected.require(p.version);
            if (current != null) {
                return apply(p, action, q -> {
                    Member m = q.updateMember(regionCode, role, cmd.contribution());
                    return PartnershipEvents.region(m.isActive() ? PartnershipEvents.MEMBER_JOINED
                            : PartnershipEvents.MEMBER_INVITED, q, regionCode);
                });
            }
            // a closed partnership refuses the change itself (409) before any question about the region (422)
            Uni<Void> usable = p.isOpen() ? memberRegions.requireUsable(List.of(regionCode)) : Uni.createFrom().voidItem();
            return usable.chain(() -> apply(p, action, q -> {
                Member m = q.addMember(new Member(regionCode, role, cmd.contribution(), consent(regionCode)));
                return PartnershipEvents.region(m.isActive() ? PartnershipEvents.MEMBER_JOINED
                        : PartnershipEvents.MEMBER_INVITED, q, regionCode);
            }));
        });
    }

    /** The invited region's answer: ACCEPT makes it ACTIVE (member-joined), DECLINE ends the invitation. */
    @WithTransaction
    public Uni<Partnership> decide(UUID id, String regionCode, InvitationDecision decision, ExpectedVersion expected) {
        return changes.lock(id).chain(p -> {
            authority.require(p, PartnershipAction.DECIDE_INVITATION, regionCode);
            expected.require(p.version);
            if (decision == InvitationDecision.DECLINE) {
                return apply(p, PartnershipAction.DECIDE_INVITATION, q -> {
                    q.endInvitation(regionCode);
                    return PartnershipEvents.region(PartnershipEvents.INVITATION_DECLINED, q, regionCode);
                });
            }
            // the invitation must still be pending (409) before the region's state is asked (422)
            Uni<Void> usable = p.member(regionCode).filter(m -> !m.isActive()).isPresent() && p.isOpen()
                    ? memberRegions.requireUsable(List.of(regionCode)) : Uni.createFrom().voidItem();
            return usable.chain(() -> apply(p, PartnershipAction.DECIDE_INVITATION, q -> {
                q.acceptInvitation(regionCode);
                return PartnershipEvents.region(PartnershipEvents.MEMBER_JOINED, q, regionCode);
            }));
        });
    }

    /**
     * Removes a member (the leads', or its own editors' when it leaves): its participants and letter leave with it;
     * for an INVITED region, the invitation is withdrawn.
     */
    @WithTransaction
    public Uni<Partnership> removeMember(UUID id, String regionCode, ExpectedVersion expected) {
        return change(id, expected, PartnershipAction.REMOVE_MEMBER, p -> regionCode, p -> {
            if (p.member(regionCode).filter(m -> m.status() == MemberStatus.INVITED).isPresent()) {
                p.endInvitation(regionCode);
                return PartnershipEvents.region(PartnershipEvents.INVITATION_WITHDRAWN, p, regionCode);
            }
            p.removeMember(regionCode);
            return PartnershipEvents.region(PartnershipEvents.MEMBER_LEFT, p, regionCode);
        });
    }

    public record ChangedParticipant(Partnership partnership, Participant participant) {
    }

    @WithTransaction
    public Uni<ChangedParticipant> addParticipant(UUID id, NewParticipant cmd, ExpectedVersion expected) {
        Participant[] added = new Participant[1];
        return change(id, expected, PartnershipAction.ADD_PARTICIPANT, p -> cmd.regionCode(), p -> {
            added[0] = p.addParticipant(cmd.name().strip(), cmd.type(), cmd.regionCode());
            return PartnershipEvents.evidence(p, "participants");
        }).map(p -> new ChangedParticipant(p, added[0]));
    }

    @WithTransaction
    public Uni<ChangedParticipant> updateParticipant(UUID id, UUID participantId, ParticipantChange cmd,
            ExpectedVersion expected) {
        Participant[] updated = new Participant[1];
        return change(id, expected, PartnershipAction.UPDATE_PARTICIPANT, p -> participant(p, participantId).regionCode(),
                p -> {
                    updated[0] = p.updateParticipant(participantId, cmd.name().strip(), cmd.type());
                    return PartnershipEvents.evidence(p, "participants");
                }).map(p -> new ChangedParticipant(p, updated[0]));
    }

    @WithTransaction
    public Uni<Partnership> removeParticipant(UUID id, UUID participantId, ExpectedVersion expected) {
        return change(id, expected, PartnershipAction.REMOVE_PARTICIPANT, p -> participant(p, participantId).regionCode(),
                p -> {
                    p.removeParticipant(participantId);
                    return PartnershipEvents.evidence(p, "participants");
                });
    }

    /** Records (or replaces) a member's commitment letter: 400 when it is dated after today or ends before it starts. */
    @WithTransaction
    public Uni<Partnership> recordLetter(UUID id, String regionCode, LetterCommand cmd, ExpectedVersion expected) {
        if (cmd.signedOn().isAfter(UtcClock.now().toLocalDate())) {
            throw ProblemException.invalid("signedOn", "must not be after today (" + UtcClock.now().toLocalDate()
                    + "): record a letter once it is signed");
        }
        if (cmd.validUntil().isBefore(cmd.signedOn())) {
            throw ProblemException.invalid("validUntil", "must not be before signedOn " + cmd.signedOn());
        }
        return change(id, expected, PartnershipAction.RECORD_LETTER, p -> regionCode, p -> {
            p.recordLetter(new CommitmentLetter(regionCode, cmd.signedBy().strip(), cmd.signedOn(), cmd.validUntil(),
                    new CommitmentLetter.Document(cmd.documentUri(), cmd.documentSha256()), UtcClock.now()));
            return PartnershipEvents.region(PartnershipEvents.COMMITMENT_LETTER_UPDATED, p, regionCode);
        });
    }

    @WithTransaction
    public Uni<Partnership> removeLetter(UUID id, String regionCode, ExpectedVersion expected) {
        return change(id, expected, PartnershipAction.REMOVE_LETTER, p -> regionCode, p -> {
            p.removeLetter(regionCode);
            return PartnershipEvents.region(PartnershipEvents.COMMITMENT_LETTER_UPDATED, p, regionCode);
        });
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
        return change(id, expected, PartnershipAction.RECORD_EVIDENCE, p -> null, p -> {
            record.accept(p);
            return PartnershipEvents.evidence(p, kind);
        });
    }

    /**
     * The shape of most changes: lock the row, check the caller's right to {@code action} on the region it concerns
     * ({@code region} of the locked partnership; null for the partnership as a whole) and If-Match, then apply
     * {@code change}, which answers its event.
     */
    private Uni<Partnership> change(UUID id, ExpectedVersion expected, PartnershipAction action,
            Function<Partnership, String> region, Function<Partnership, DomainEvent> change) {
        return changes.lock(id).chain(p -> {
            authority.require(p, action, region.apply(p));
            expected.require(p.version);
            return apply(p, action, change);
        });
    }

    /** One change by the caller: the event it causes, through {@link PartnershipChanges}. */
    private Uni<Partnership> apply(Partnership p, PartnershipAction action,
            Function<Partnership, DomainEvent> change) {
        return changes.apply(p, authority.actor(), action.name(), q -> Uni.createFrom().item(List.of(change.apply(q))));
    }

    /** ACTIVE when the caller speaks for the region, INVITED otherwise. */
    private MemberStatus consent(String regionCode) {
        return authority.speaksFor(regionCode) ? MemberStatus.ACTIVE : MemberStatus.INVITED;
    }

    private static Participant participant(Partnership p, UUID participantId) {
        return p.participant(participantId).orElseThrow(() -> ProblemException.notFound("No participant "
                + participantId + " in partnership " + p.id));
    }

    /** The priority must be a code of its family in the shared catalogue (400 on {@code priority.code}). */
    private static void requireCatalogued(PartnershipPriority priority) {
        String family = priority.family().name();
        if (!PriorityCodes.catalogue().contains(family, priority.code())) {
            throw ProblemException.invalid("priority.code", "is not a " + family + " code of the priority catalogue "
                    + "(GET /api/v1/priority-catalogue of region-service), e.g. "
                    + String.join(", ", PriorityCodes.catalogue().codes(family).stream().limit(5).toList()));
        }
    }

    private static void checkMembers(String leadRegion, List<Proposal.NewMember> members) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (!seen.add(members.get(i).regionCode())) {
                throw ProblemException.invalid("members[" + i + "].regionCode", "appears twice; list each region once");
            }
        }
        if (!seen.contains(leadRegion)) {
            throw ProblemException.invalid(List.of(new Problem.Violation("leadRegion",
                    "must be one of the members " + members.stream().map(Proposal.NewMember::regionCode).toList())));
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
