package org.s3coop.region.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.ServiceDatabase;
import org.s3coop.region.domain.CooperationProfile;
import org.s3coop.region.domain.NutsRegion;
import org.s3coop.region.domain.Region;
import org.s3coop.region.support.Fixtures;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The one-statement read of GET /api/v1/regions/{code} ({@link RegionReads}) reads what the three ORM reads it
 * replaces read: the region entity, its cooperation profile and its classification entry.
 */
@QuarkusTest
class RegionReadsTests {
    /** What Hibernate's bytecode enhancement adds to a managed entity (its interceptor, its dirty tracker). */
    private static final String ENHANCEMENT = "\\$\\$_hibernate_.*";

    @Inject
    RegionReads reads;
    @Inject
    RegionRepository regions;
    @Inject
    CooperationRepository cooperation;
    @Inject
    NutsRepository nuts;

    private void participates(String code, boolean lead, String stage, String status) {
        ServiceDatabase.single("insert into partnership_participation (partnership_id, region_code, is_lead, stage, "
                + "status) values (?, ?, ?, ?, ?) returning region_code", UUID.randomUUID(), code, lead, stage, status);
    }

    @Test
    void aRegionReadsAsTheEntityWithItsProfileAndClassificationEntry() throws Throwable {
        String code = Fixtures.registered(Fixtures.priorities("C22", "C11"));
        participates(code, true, "MAPPING", "ACTIVE");
        participates(code, true, "MAPPING", "ACTIVE");
        participates(code, false, "PILOT", "ACTIVE");
        participates(code, false, "SCOPING", "ON_HOLD");
        participates(code, true, "SCALE_UP", "CLOSED");

        Region loaded = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> regions.findById(code)));
        Map<String, CooperationProfile> profiles = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> cooperation.profilesOf(List.of(code))));
        List<NutsRegion> units = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> nuts.findAll(List.of(code))));
        RegionReads.Found read = VertxContextSupport.subscribeAndAwait(() -> reads.find(code));

        assertThat(read.region()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(ENHANCEMENT).isEqualTo(loaded);
        assertThat(read.cooperation()).isEqualTo(profiles.get(code));
        assertThat(read.cooperation().activePartnerships()).isEqualTo(3);
        assertThat(read.cooperation().onHold()).isEqualTo(1);
        assertThat(read.classification()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(ENHANCEMENT)
                .isEqualTo(units.get(0));
        assertThat(read.region().priorities).hasSize(2);
    }

    @Test
    void aRegionInNoPartnershipHasAnEmptyProfile() throws Throwable {
        String code = Fixtures.registered(Fixtures.priorities("C22"));
        RegionReads.Found read = VertxContextSupport.subscribeAndAwait(() -> reads.find(code));
        assertThat(read.cooperation()).isEqualTo(CooperationProfile.none());
        assertThat(read.classification().code).isEqualTo(code);
    }

    @Test
    void noSuchRegionIsNull() throws Throwable {
        assertThat(VertxContextSupport.<RegionReads.Found>subscribeAndAwait(() -> reads.find("QQ999"))).isNull();
    }
}
