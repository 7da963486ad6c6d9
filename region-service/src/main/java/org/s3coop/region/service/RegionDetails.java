package org.s3coop.region.service;

import org.s3coop.region.domain.CooperationProfile;
import org.s3coop.region.domain.Region;

/** A region as portals read it: the region and its part in partnerships (the cooperation read model). */
public record RegionDetails(Region region, CooperationProfile cooperation) {
}
