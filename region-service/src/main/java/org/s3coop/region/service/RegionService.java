package org.s3coop.region.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.s3coop.platform.events.Outbox;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.rest.Versions;
import org.s3coop.region.domain.Region;
import org.s3coop.region.domain.RegionProblem;
import org.s3coop.region.events.RegionEvents;
import org.s3coop.region.repository.RegionRepository;
import org.s3coop.region.rest.dto.RegisterRegion;
import org.s3coop.region.rest.dto.UpdateRegion;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Registers, describes and retires regions; each change writes its event to the outbox in the same transaction. */
@ApplicationScoped
public class RegionService {
    private static final String DEFAULT_NUTS_VERSION = "2024";

    @Inject
    RegionRepository regions;
    @Inject
    PriorityResolver priorities;
    @Inject
    Outbox outbox;

    @WithSession
    public Uni<Region> get(String code) {
        return regions.findById(code).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No region with code " + code));
    }

    /** Reads the region and locks its row until the transaction ends, so concurrent changes queue up. */
    private Uni<Region> getForUpdate(String code) {
        return regions.findById(code, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No region with code " + code));
    }

    @WithTransaction
    public Uni<Region> register(RegisterRegion cmd) {
        var resolved = priorities.resolve(cmd.priorities());
        return regions.findById(cmd.code()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(RegionProblem.REGION_EXISTS.exception("Region " + cmd.code() + " is already registered" + (existing.active ? "" : " (retired)")));
            }
            Region region = Region.register(cmd.code(), cmd.name().strip(),
                    cmd.nutsVersion() == null ? DEFAULT_NUTS_VERSION : cmd.nutsVersion(), resolved);
            return regions.persist(region)
                    .chain(regions::flush)
                    .chain(() -> outbox.append(RegionEvents.of(RegionEvents.REGISTERED, region)))
                    .replaceWith(region);
        });
    }

    @WithTransaction
    public Uni<Region> update(String code, UpdateRegion cmd, String ifMatch) {
        if (Boolean.FALSE.equals(cmd.active())) {
            throw ProblemException.invalid("active", "cannot be set to false; DELETE the region to retire it");
        }
        var resolved = priorities.resolve(cmd.priorities());
        return getForUpdate(code).chain(region -> {
            Versions.checkIfMatch(ifMatch, region.version);
            region.revise(cmd.name().strip(), cmd.nutsVersion() == null ? region.nutsVersion : cmd.nutsVersion(),
                    resolved, Boolean.TRUE.equals(cmd.active()));
            return regions.flush()
                    .chain(() -> outbox.append(RegionEvents.of(RegionEvents.UPDATED, region)))
                    .replaceWith(region);
        });
    }

    /** Retires the region; retiring a retired region changes nothing and publishes nothing. */
    @WithTransaction
    public Uni<Region> retire(String code, String ifMatch) {
        return getForUpdate(code).chain(region -> {
            Versions.checkIfMatch(ifMatch, region.version);
            if (!region.retire()) {
                return Uni.createFrom().item(region);
            }
            return regions.flush()
                    .chain(() -> outbox.append(RegionEvents.of(RegionEvents.RETIRED, region)))
                    .replaceWith(region);
        });
    }
}
