package org.s3coop.challenge.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.repository.KnownRegionRepository;
import org.s3coop.contracts.events.RegionSnapshot;
import org.s3coop.platform.time.UtcClock;

import io.smallrye.mutiny.Uni;

/**
 * The regions challenge-service knows from region-service's events (code, country, name, active, and since when a
 * retired region is retired: when this service learnt it): scopes and adopting regions must be known, voters known
 * and active, and the votes of regions retired before a round closes are not counted. Every region event carries the region's full state; a
 * row is replaced only by a newer version ({@code VersionedUpsert}), so late or replayed events never undo newer ones.
 */
@ApplicationScoped
public class RegionReadModel {
    @Inject
    KnownRegionRepository regions;

    /** Runs inside the consumer's transaction; returns whether the region changed (false: the event was stale). */
    public Uni<Boolean> apply(RegionSnapshot region) {
        return regions.upsertIfNewer(region.code(), region.country(),
                region.name() != null ? region.name() : region.code(), region.active(), region.version(), UtcClock.now());
    }
}
