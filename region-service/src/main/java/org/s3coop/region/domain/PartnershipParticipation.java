package org.s3coop.region.domain;

import java.util.Set;
import java.util.UUID;

/**
 * A partnership as its latest event described it, as far as regions are concerned: who leads it, which regions take
 * part (the lead among them), its priority ({@code FAMILY:CODE}; null if the event did not carry one), its stage and
 * status, and its version.
 */
public record PartnershipParticipation(UUID partnershipId, String leadRegion, Set<String> regions, String priorityKey,
        String stage, String status, long version) {
}
