package org.s3coop.partnership.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.s3coop.contracts.events.RegionSnapshot;
import org.s3coop.partnership.domain.KnownRegion;
import org.s3coop.partnership.repository.KnownRegionRepository;
import org.s3coop.platform.events.IncomingEvent;
import org.s3coop.platform.readmodel.VersionedUpsert;

import io.smallrye.mutiny.Uni;

/**
 * The port of the region read model ({@code RegionEventsConsumer} hands it region-service's events): keeps the
 * regions of those events (code, country, priorities, active). An event older than what is
 * stored (by the region's version) is ignored, so late or replayed events cannot undo newer ones. A retirement, or
 * an update that drops a partnership's priority, is handed to {@link Rescoping} in the same transaction.
 */
@ApplicationScoped
public class RegionReadModel {
    private static final Logger LOG = Logger.getLogger(RegionReadModel.class);
    @Inject
    KnownRegionRepository regions;
    @Inject
    Rescoping rescoping;

    /** Runs inside the consumer's transaction (see IdempotentConsumer). */
    public Uni<Void> apply(IncomingEvent event) {
        if (!RegionSnapshot.TYPES.accepts(event.type())) {
            LOG.debugf("ignoring %s %s: not a region event this service uses", event.type(), event.id());
            return Uni.createFrom().voidItem();
        }
        RegionSnapshot incoming = RegionSnapshot.read(event);
        List<KnownRegion.RegionPriority> priorities = incoming.priorities().stream()
                .map(p -> new KnownRegion.RegionPriority(p.family(), p.code(), p.label())).toList();
        return regions.findById(incoming.code()).chain(existing -> {
            if (!VersionedUpsert.isNewer(existing == null ? null : existing.version, incoming.version())) {
                LOG.debugf("ignoring %s %s: region %s is at version %d already", event.type(), event.id(),
                        incoming.code(), existing.version);
                return Uni.createFrom().voidItem();
            }
            KnownRegion.Snapshot before = existing == null ? KnownRegion.unknown() : existing.snapshot();
            KnownRegion region = existing != null ? existing : new KnownRegion();
            region.code = incoming.code();
            region.describe(incoming.name(), incoming.country(), incoming.active(), priorities, incoming.version());
            Uni<KnownRegion> saved = existing == null ? regions.persist(region) : Uni.createFrom().item(region);
            return saved.chain(r -> rescoping.afterRegionChange(before, r));
        });
    }
}
