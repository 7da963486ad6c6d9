package org.s3coop.region.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.platform.paging.Page;
import org.s3coop.region.domain.CooperationProfile;
import org.s3coop.region.domain.Region;
import org.s3coop.region.repository.CooperationRepository;
import org.s3coop.region.rest.dto.RegionView;

import io.smallrye.mutiny.Uni;

/** Regions as portals see them: with their cooperation profile (one query per page, not per region). */
@ApplicationScoped
public class RegionViews {
    @Inject
    CooperationRepository cooperation;

    public Uni<RegionView> of(Region region) {
        return cooperation.profilesOf(List.of(region.code))
                .map(profiles -> RegionView.of(region, profiles.getOrDefault(region.code, CooperationProfile.none())));
    }

    public Uni<Page<RegionView>> ofPage(Page<Region> page) {
        return cooperation.profilesOf(page.items().stream().map(r -> r.code).toList())
                .map(profiles -> page.map(r -> RegionView.of(r, profiles.getOrDefault(r.code, CooperationProfile.none()))));
    }
}
