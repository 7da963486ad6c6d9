package org.s3coop.region.service;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.s3coop.region.repository.RegionRepository;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * At start-up, finds the regions registered before codes were checked against the NUTS 2024 classification whose code
 * is not one of it (e.g. {@code GR30}, {@code ES99}), logs them and exposes their number as the gauge
 * {@code s3coop_regions_outside_classification}. It changes nothing: such a region stays readable and retirable; it
 * cannot be described anew (400 on {@code code}) until an operator decides what it should be. The check runs in the
 * background, so a database that is slow at start-up delays only the figure (-1 until it is known).
 */
@ApplicationScoped
public class NutsConformityCheck {
    private static final Logger LOG = Logger.getLogger(NutsConformityCheck.class);
    static final String GAUGE = "s3coop.regions.outside.classification";
    private static final int LOGGED = 50;

    @Inject
    RegionRepository regions;

    private final AtomicLong outside = new AtomicLong(-1);

    void onStart(@Observes StartupEvent start, MeterRegistry metrics) {
        Gauge.builder(GAUGE, outside, AtomicLong::get)
                .description("Registered regions whose code is not in the NUTS 2024 classification (-1: not checked yet)")
                .register(metrics);
        VertxContextSupport.subscribe(() -> check().toMulti(), s -> s.with(codes -> { },
                failure -> LOG.warnf(failure, "could not check the registered regions against the NUTS classification")));
    }

    /** Checks again, updates the gauge and logs what it found; answers the codes outside the classification. */
    @WithSession
    public Uni<List<String>> check() {
        return regions.outsideTheClassification().invoke(codes -> {
            outside.set(codes.size());
            if (codes.isEmpty()) {
                LOG.info("every registered region has a code of the NUTS 2024 classification");
            } else {
                LOG.warnf("%d registered region(s) have a code that is not in the NUTS 2024 classification and can no "
                        + "longer be described anew (nothing was changed): %s%s", codes.size(),
                        String.join(", ", codes.subList(0, Math.min(LOGGED, codes.size()))),
                        codes.size() > LOGGED ? ", ..." : "");
            }
        });
    }
}
