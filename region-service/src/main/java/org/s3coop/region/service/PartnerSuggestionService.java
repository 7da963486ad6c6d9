package org.s3coop.region.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.region.catalogue.PriorityCatalogue;
import org.s3coop.region.domain.ComplementarityScorer;
import org.s3coop.region.domain.LevelScope;
import org.s3coop.region.domain.PartnerSuggestion;
import org.s3coop.region.domain.SuggestionCandidates;
import org.s3coop.region.repository.RegionRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Complementarity mapping: which active regions of other countries, at the asking region's NUTS level, not yet its
 * partners on a shared priority, would partner it best (rules: {@link SuggestionCandidates}; score:
 * {@link ComplementarityScorer}).
 */
@ApplicationScoped
public class PartnerSuggestionService {
    @Inject
    RegionService regionService;
    @Inject
    RegionRepository regions;
    @Inject
    CooperationReadModel cooperation;
    @Inject
    PriorityCatalogue catalogue;

    @WithSession
    public Uni<List<PartnerSuggestion>> suggest(String code, int limit, LevelScope level, boolean includePartners) {
        ComplementarityScorer scorer = new ComplementarityScorer((family, c) -> catalogue.section(family, c).orElse(null));
        return regionService.get(code).chain(region -> regions.activeOutsideCountry(region.country)
                .chain(found -> cooperation.jointPartnerships(code).map(joint -> scorer.rank(region,
                        SuggestionCandidates.of(region, found, level, includePartners, joint), limit))));
    }
}
