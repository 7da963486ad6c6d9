package org.s3coop.region.domain;

import java.util.List;

/** A region suggested as partner of another, with the reasons of its score. */
public record PartnerSuggestion(String code, String name, String country, double score, double similarity,
        double complementarity, List<String> sharedCodes, List<String> complementaryCodes) {
}
