package org.s3coop.partnership.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.s3coop.partnership.domain.KnownRegion;
import org.s3coop.partnership.domain.NutsCode;
import org.s3coop.partnership.repository.KnownRegionRepository;
import org.s3coop.platform.events.IncomingEvent;
import org.s3coop.platform.events.PoisonEventException;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * Keeps the regions of region-service's events (code, country, priorities, active). An event older than what is
 * stored (by the region's version) is ignored, so late or replayed events cannot undo newer ones. A retirement, or
 * an update that drops a partnership's priority, is handed to {@link Rescoping} in the same transaction.
 */
@ApplicationScoped
public class RegionReadModel {
    private static final Logger LOG = Logger.getLogger(RegionReadModel.class);
    static final String REGISTERED = "org.s3coop.region.registered.v1";
    static final String UPDATED = "org.s3coop.region.updated.v1";
    static final String RETIRED = "org.s3coop.region.retired.v1";
    private static final Set<String> TYPES = Set.of(REGISTERED, UPDATED, RETIRED);

    @Inject
    KnownRegionRepository regions;
    @Inject
    Rescoping rescoping;

    /** Runs inside the consumer's transaction (see IdempotentConsumer). */
    public Uni<Void> apply(IncomingEvent event) {
        if (!TYPES.contains(event.type())) {
            LOG.debugf("ignoring %s %s: not a region event this service uses", event.type(), event.id());
            return Uni.createFrom().voidItem();
        }
        String code = event.text("code");
        if (!code.matches(NutsCode.PATTERN)) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": data.code " + code + " is not a NUTS code");
        }
        long version = event.version();
        boolean active = !RETIRED.equals(event.type()) && activeOf(event);
        List<KnownRegion.RegionPriority> priorities = prioritiesOf(event);
        JsonNode name = event.data().get("name");
        JsonNode country = event.data().get("country");
        return regions.findById(code).chain(existing -> {
            if (existing != null && existing.version >= version) {
                LOG.debugf("ignoring %s %s: region %s is at version %d already", event.type(), event.id(), code,
                        existing.version);
                return Uni.createFrom().voidItem();
            }
            KnownRegion.Snapshot before = existing == null ? KnownRegion.unknown() : existing.snapshot();
            KnownRegion region = existing != null ? existing : new KnownRegion();
            region.code = code;
            region.describe(name != null && name.isTextual() ? name.asText() : null,
                    country != null && country.isTextual() ? country.asText() : NutsCode.country(code), active, priorities,
                    version);
            Uni<KnownRegion> saved = existing == null ? regions.persist(region) : Uni.createFrom().item(region);
            return saved.chain(r -> rescoping.afterRegionChange(before, r));
        });
    }

    private static boolean activeOf(IncomingEvent event) {
        JsonNode active = event.data().get("active");
        if (active == null || !active.isBoolean()) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": data.active is missing or not a boolean");
        }
        return active.asBoolean();
    }

    private static List<KnownRegion.RegionPriority> prioritiesOf(IncomingEvent event) {
        JsonNode array = event.data().get("priorities");
        if (array == null || !array.isArray()) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": data.priorities is missing or not an array");
        }
        List<KnownRegion.RegionPriority> priorities = new ArrayList<>();
        for (JsonNode p : array) {
            JsonNode family = p.get("family");
            JsonNode code = p.get("code");
            if (family == null || !family.isTextual() || code == null || !code.isTextual()) {
                throw new PoisonEventException(event.type() + " " + event.id()
                        + ": every data.priorities item needs a family and a code");
            }
            JsonNode label = p.get("label");
            priorities.add(new KnownRegion.RegionPriority(family.asText(), code.asText(),
                    label != null && label.isTextual() ? label.asText() : null));
        }
        return priorities;
    }
}
