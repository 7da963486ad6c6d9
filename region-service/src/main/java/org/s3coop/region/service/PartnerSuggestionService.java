package org.s3coop.region.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.region.catalogue.PriorityCatalogue;
import org.s3coop.region.domain.ComplementarityScorer;
import org.s3coop.region.domain.PartnerSuggestion;
import org.s3coop.region.repository.RegionRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Complementarity mapping: which active regions of other countries would partner a region best. */
@ApplicationScoped
public class PartnerSuggestionService {
    @Inject
    RegionService regionService;
    @Inject
    RegionRepository regions;
    @Inject
    PriorityCatalogue catalogue;

    @WithSession
    public Uni<List<PartnerSuggestion>> suggest(String code, int limit) {
        ComplementarityScorer scorer = new ComplementarityScorer((family, c) -> catalogue.section(family, c).orElse(null));
        return regionService.get(code).chain(region -> regions.activeOutsideCountry(region.country)
                .map(candidates -> scorer.rank(region, candidates, limit)));
    }
}
