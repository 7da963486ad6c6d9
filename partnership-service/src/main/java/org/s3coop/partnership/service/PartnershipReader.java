package org.s3coop.partnership.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.repository.PartnershipReads;

import io.smallrye.mutiny.Uni;

/**
 * Reads one partnership for {@code GET /api/v1/partnerships/{id}}: one statement off the ORM ({@link PartnershipReads}),
 * the hottest read of the service (docs/performance.md, "Issue 18"). Changes go through {@link PartnershipService}.
 */
@ApplicationScoped
public class PartnershipReader {
    @Inject
    PartnershipReads reads;

    /** The partnership as it is now; 404 when none. */
    public Uni<Partnership> read(UUID id) {
        return reads.find(id).onItem().ifNull().failWith(() -> PartnershipChanges.notFound(id));
    }
}
