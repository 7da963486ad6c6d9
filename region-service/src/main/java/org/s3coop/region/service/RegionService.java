package org.s3coop.region.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.s3coop.platform.events.Outbox;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.versioning.ExpectedVersion;
import org.s3coop.region.domain.CooperationProfile;
import org.s3coop.region.domain.Region;
import org.s3coop.region.domain.RegionFilter;
import org.s3coop.region.domain.RegionProblem;
import org.s3coop.region.events.RegionEvents;
import org.s3coop.region.repository.RegionRepository;
import org.s3coop.region.service.command.RegisterRegion;
import org.s3coop.region.service.command.UpdateRegion;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Registers, describes and retires regions, each change with its event in the outbox in the same transaction; reads
 * them with their cooperation profile (one query per page, not per region).
 */
@ApplicationScoped
public class RegionService {
    private static final String DEFAULT_NUTS_VERSION = "2024";

    @Inject
    RegionRepository regions;
    @Inject
    PriorityResolver priorities;
    @Inject
    CooperationReadModel cooperation;
    @Inject
    RegionAuthority authority;
    @Inject
    Outbox outbox;

    @WithSession
    public Uni<Region> get(String code) {
        return regions.findById(code).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No region with code " + code));
    }

    @WithSession
    public Uni<RegionDetails> details(String code) {
        return get(code).chain(this::withCooperation);
    }

    @WithSession
    public Uni<Page<RegionDetails>> list(RegionFilter filter, PageRequest page) {
        return regions.list(filter, page).chain(found -> cooperation.profilesOf(found.items().stream()
                .map(r -> r.code).toList())
                .map(profiles -> found.map(r -> new RegionDetails(r, profiles.getOrDefault(r.code, CooperationProfile.none())))));
    }

    private Uni<RegionDetails> withCooperation(Region region) {
        return cooperation.profilesOf(List.of(region.code))
                .map(profiles -> new RegionDetails(region, profiles.getOrDefault(region.code, CooperationProfile.none())));
    }

    /** Reads the region and locks its row until the transaction ends, so concurrent changes queue up. */
    private Uni<Region> getForUpdate(String code) {
        return regions.findById(code, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No region with code " + code));
    }

    @WithTransaction
    public Uni<RegionDetails> register(RegisterRegion cmd) {
        authority.requireEditorOf(cmd.code());
        var resolved = priorities.resolve(cmd.priorities());
        return regions.findById(cmd.code()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(RegionProblem.REGION_EXISTS.exception("Region " + cmd.code()
                        + " is already registered" + (existing.active ? "" : " (retired)")));
            }
            Region region = Region.register(cmd.code(), cmd.name().strip(),
                    cmd.nutsVersion() == null ? DEFAULT_NUTS_VERSION : cmd.nutsVersion(), resolved);
            return regions.persist(region)
                    .chain(regions::flush)
                    .chain(() -> outbox.append(RegionEvents.of(RegionEvents.REGISTERED, region)))
                    .chain(() -> withCooperation(region));
        });
    }

    @WithTransaction
    public Uni<RegionDetails> update(UpdateRegion cmd, ExpectedVersion expected) {
        authority.requireEditorOf(cmd.code());
        if (Boolean.FALSE.equals(cmd.active())) {
            throw ProblemException.invalid("active", "cannot be set to false; DELETE the region to retire it");
        }
        var resolved = priorities.resolve(cmd.priorities());
        return getForUpdate(cmd.code()).chain(region -> {
            expected.require(region.version);
            region.revise(cmd.name().strip(), cmd.nutsVersion() == null ? region.nutsVersion : cmd.nutsVersion(),
                    resolved, Boolean.TRUE.equals(cmd.active()));
            return regions.flush()
                    .chain(() -> outbox.append(RegionEvents.of(RegionEvents.UPDATED, region)))
                    .chain(() -> withCooperation(region));
        });
    }

    /** Retires the region; retiring a retired region changes nothing and publishes nothing. */
    @WithTransaction
    public Uni<Region> retire(String code, ExpectedVersion expected) {
        authority.requireEditorOf(code);
        return getForUpdate(code).chain(region -> {
            expected.require(region.version);
            if (!region.retire()) {
                return Uni.createFrom().item(region);
            }
            return regions.flush()
                    .chain(() -> outbox.append(RegionEvents.of(RegionEvents.RETIRED, region)))
                    .replaceWith(region);
        });
    }
}
