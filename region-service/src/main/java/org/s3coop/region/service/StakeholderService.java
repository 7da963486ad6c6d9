package org.s3coop.region.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

/** The stakeholders of a region; the region's editors change them. */
@ApplicationScoped
public class StakeholderService {
    @Inject
    RegionService regions;
    @Inject
    StakeholderRepository stakeholders;
    @Inject
    RegionAuthority authority;

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
            return stakeholders.persist(Stakeholder.of(cmd.regionCode(), cmd.name().strip(), cmd.type()));
        });
    }

    @WithTransaction
    public Uni<Void> remove(String regionCode, UUID id) {
        authority.requireEditorOf(regionCode);
        return get(regionCode, id).chain(stakeholders::delete);
    }

    private static ProblemException notFound(String regionCode, UUID id) {
        return ProblemException.notFound("No stakeholder " + id + " in region " + regionCode);
    }
}
