package org.s3coop.region.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.platform.audit.AuditRecord;
import org.s3coop.platform.audit.AuditTrail;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.region.domain.RegionProblem;
import org.s3coop.region.domain.Stakeholder;
import org.s3coop.region.repository.StakeholderRepository;
import org.s3coop.region.service.command.AddStakeholder;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The stakeholders of a region; the region's editors change them, each change in the region's audit trail. */
@ApplicationScoped
public class StakeholderService {
    static final String AUDITED = "stakeholder";

    @Inject
    RegionService regions;
    @Inject
    StakeholderRepository stakeholders;
    @Inject
    RegionAuthority authority;
    @Inject
    AuditTrail audit;

    /** What the audit trail compares of a stakeholder. */
    record State(String name, String type) {
        static State of(Stakeholder s) {
            return new State(s.name, s.type.name());
        }
    }

    @WithSession
    public Uni<Page<Stakeholder>> list(String regionCode, PageRequest page) {
        return regions.get(regionCode).chain(r -> stakeholders.ofRegion(regionCode, page));
    }

    @WithSession
    public Uni<Stakeholder> get(String regionCode, UUID id) {
        return stakeholders.findById(id).onItem().ifNull().failWith(() -> notFound(regionCode, id))
                .invoke(s -> {
                    if (!s.regionCode.equals(regionCode)) {
                        throw notFound(regionCode, id);
                    }
                });
    }

    @WithTransaction
    public Uni<Stakeholder> add(AddStakeholder cmd) {
        authority.requireEditorOf(cmd.regionCode());
        return regions.get(cmd.regionCode()).chain(region -> {
            if (!region.active) {
                return Uni.createFrom().failure(RegionProblem.RETIRED_REGION.exception("Region " + cmd.regionCode()
                        + " is retired; stakeholders cannot be added"));
            }
            return added(Stakeholder.of(cmd.regionCode(), cmd.name().strip(), cmd.type()));
        });
    }

    /** Stores a new stakeholder with its audit entry, in the caller's transaction. */
    Uni<Stakeholder> added(Stakeholder s) {
        return stakeholders.persist(s).call(() -> audit.record(new AuditRecord(RegionService.AUDITED, s.regionCode,
                AUDITED, s.id.toString(), "ADD", authority.actor(), null, State.of(s))));
    }

    @WithTransaction
    public Uni<Void> remove(String regionCode, UUID id) {
        authority.requireEditorOf(regionCode);
        return get(regionCode, id).chain(s -> stakeholders.delete(s).call(() -> audit.record(new AuditRecord(
                RegionService.AUDITED, regionCode, AUDITED, id.toString(), "REMOVE", authority.actor(), State.of(s), null))));
    }

    private static ProblemException notFound(String regionCode, UUID id) {
        return ProblemException.notFound("No stakeholder " + id + " in region " + regionCode);
    }
}
