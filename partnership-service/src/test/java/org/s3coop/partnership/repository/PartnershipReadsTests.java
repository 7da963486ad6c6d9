package org.s3coop.partnership.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The off-ORM read of GET /api/v1/partnerships/{id} ({@link PartnershipReads}) reads every field of the entity as
 * Hibernate loads it: a column added to the entity and not to the read fails here.
 */
@QuarkusTest
class PartnershipReadsTests {
    /** What Hibernate's bytecode enhancement adds to a managed entity (its interceptor, its dirty tracker). */
    private static final String ENHANCEMENT = "\\$\\$_hibernate_.*";

    @Inject
    PartnershipReads reads;
    @Inject
    PartnershipRepository repository;

    private void readsAsTheEntityLoads(String id) throws Throwable {
        UUID key = UUID.fromString(id);
        Partnership loaded = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> repository.findById(key)));
        Partnership read = VertxContextSupport.subscribeAndAwait(() -> reads.find(key));
        assertThat(read).usingRecursiveComparison().ignoringFieldsMatchingRegexes(ENHANCEMENT).isEqualTo(loaded);
        assertThat(read.version).isEqualTo(loaded.version).isPositive();
    }

    /** A partnership of {@code lead} and {@code partner} in MAPPING, with a scoping note and a history. */
    private static String inMapping(String lead, String partner) {
        String id = Partnerships.propose("C22", lead, partner);
        Partnerships.scopingNote(lead, id);
        Partnerships.participant(TestTokens.editor(lead), id, "UNIVERSITY", lead);
        Partnerships.advance(TestTokens.editor(lead), id).then().statusCode(200);
        return id;
    }

    @Test
    void aPartnershipWithEvidenceParticipantsAndHistoryReadsAsTheEntity() throws Throwable {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = inMapping(lead, partner);
        Partnerships.complementarityMap(lead, id, lead, partner);
        readsAsTheEntityLoads(id);
    }

    @Test
    void aPartnershipWithRegressionsAndRescopingReasonsReadsAsTheEntity() throws Throwable {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = inMapping(lead, partner);
        as(TestTokens.editor(partner)).delete(BASE + "/" + id + "/members/" + partner).then().statusCode(200);
        readsAsTheEntityLoads(id);
    }

    @Test
    void aPartnershipWithASubmittedReportReadsAsTheEntity() throws Throwable {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = inMapping(lead, partner);
        String report = BASE + "/" + id + "/reports/2025-H2";
        as(TestTokens.editor(lead)).body("{\"narrative\":\"first half\"}").put(report).then().statusCode(201);
        as(TestTokens.editor(lead)).post(report + "/submission").then().statusCode(200);
        readsAsTheEntityLoads(id);
        assertThat(VertxContextSupport.<Partnership>subscribeAndAwait(() -> reads.find(UUID.fromString(id)))
                .lastReportedPeriod).isEqualTo("2025-H2");
    }

    @Test
    void noSuchPartnershipIsNull() throws Throwable {
        assertThat(VertxContextSupport.<Partnership>subscribeAndAwait(() -> reads.find(UUID.randomUUID()))).isNull();
    }
}
