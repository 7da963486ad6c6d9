package org.s3coop.challenge.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.WorkingGroupMember;
import org.s3coop.challenge.events.WorkingGroupEvents;
import org.s3coop.challenge.repository.WorkingGroupMemberRepository;
import org.s3coop.challenge.service.command.PutMember;
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
 * The working group's members: regions known to the region read model, with their representatives' organisations.
 * An admin admits a region (it must be known and active, 422 otherwise) and may change or remove any membership; a
 * region's editor registers its own region's representatives once the region is a member, and may take its region
 * out of the group. Each change writes its event and audit entry in the same transaction.
 */
@ApplicationScoped
public class WorkingGroupService {
    @Inject
    WorkingGroupMemberRepository members;
    @Inject
    KnownRegions regions;
    @Inject
    ChallengeAuthority authority;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;

    /** The membership as now stored; {@code joined} is true when the region has just joined. */
    public record Put(WorkingGroupMember member, boolean joined) {
    }

    @WithSession
    public Uni<Page<WorkingGroupMember>> list(PageRequest page) {
        return members.list(page);
    }

    @WithSession
    public Uni<WorkingGroupMember> get(String regionCode) {
        return members.findById(regionCode).map(m -> {
            if (m == null || !m.isMember()) {
                throw notFound(regionCode);
            }
            return m;
        });
    }

    /** A region's membership story, also after it left; 404 when it never was a member. */
    @WithSession
    public Uni<Page<AuditEntry>> audit(String regionCode, AuditQuery query, PageRequest page) {
        return members.findById(regionCode).onItem().ifNull().failWith(() -> notFound(regionCode))
                .chain(m -> audit.list(AuditLog.MEMBER, regionCode, query, page));
    }

    @WithTransaction
    public Uni<Put> put(PutMember cmd, ExpectedVersion expected) {
        String code = cmd.regionCode();
        return members.findForUpdate(code).chain(existing -> {
            boolean joins = existing == null || !existing.isMember();
            Uni<?> known = joins ? regions.requireActive(code, "join the working group") : Uni.createFrom().voidItem();
            return known.chain(() -> {
                if (joins) {
                    authority.requireAdmin("admit a region to the working group",
                            "; a region's editor registers its representatives once it is a member");
                } else {
                    authority.requireEditorOfAny(List.of(code), "the working-group membership of " + code);
                }
                expected.require(existing == null ? 0 : existing.version);
                String actor = authority.actor();
                var before = existing == null ? null : AuditLog.MemberState.of(existing);
                WorkingGroupMember m;
                Uni<?> stored;
                if (existing == null) {
                    m = WorkingGroupMember.admit(code, cmd.representatives(), cmd.joinedOn(), actor);
                    stored = members.persist(m);
                } else {
                    m = existing;
                    if (joins) {
                        m.rejoin(cmd.representatives(), cmd.joinedOn(), actor);
                    } else {
                        m.describe(cmd.representatives(), cmd.joinedOn());
                    }
                    stored = Uni.createFrom().voidItem();
                }
                return stored.chain(members::flush)
                        .chain(() -> outbox.append(joins ? WorkingGroupEvents.joined(m, actor)
                                : WorkingGroupEvents.updated(m, actor)))
                        .chain(() -> audit.record(AuditLog.MEMBER, code, joins ? "JOIN" : "UPDATE", actor, before,
                                AuditLog.MemberState.of(m)))
                        .replaceWith(new Put(m, joins));
            });
        });
    }

    /** The region leaves the working group (admin, or its own editor); its votes already cast stay. */
    @WithTransaction
    public Uni<WorkingGroupMember> remove(String regionCode, ExpectedVersion expected) {
        return members.findForUpdate(regionCode).chain(m -> {
            if (m == null || !m.isMember()) {
                throw notFound(regionCode);
            }
            authority.requireEditorOfAny(List.of(regionCode), "the working-group membership of " + regionCode);
            expected.require(m.version);
            var before = AuditLog.MemberState.of(m);
            m.leave();
            String actor = authority.actor();
            return members.flush()
                    .chain(() -> outbox.append(WorkingGroupEvents.left(m, actor)))
                    .chain(() -> audit.record(AuditLog.MEMBER, regionCode, "LEAVE", actor, before,
                            AuditLog.MemberState.of(m)))
                    .replaceWith(m);
        });
    }

    /** Whether the region is a member now. */
    public Uni<Boolean> isMember(String regionCode) {
        return members.isMember(regionCode);
    }

    private static ProblemException notFound(String regionCode) {
        return ProblemException.notFound("Region " + regionCode + " is not a member of the working group");
    }
}
