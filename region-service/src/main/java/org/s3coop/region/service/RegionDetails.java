package org.s3coop.region.service;

import org.s3coop.region.domain.CooperationProfile;
import org.s3coop.region.domain.NutsRegion;
import org.s3coop.region.domain.Region;

/**
 * A region as portals read it: the region, its part in partnerships (the cooperation read model) and its entry in the
 * NUTS classification (its label point; null for a region registered under a code the classification does not have).
 */
public record RegionDetails(Region region, CooperationProfile cooperation, NutsRegion classification) {
}
