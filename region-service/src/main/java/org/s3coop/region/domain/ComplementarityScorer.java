package org.s3coop.region.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Scores how well region b would partner region a (documented in docs/region-service.md):
 * <ul>
 * <li>similarity = |A ∩ B| / |A ∪ B|, Jaccard index of the two sets of priorities, a priority being its
 * (family, code) pair;</li>
 * <li>complementary codes = priorities of b that a does not have but that are related to one of a's economic-domain
 * priorities: same NACE section, other code (a division of the same section, or the section itself);</li>
 * <li>complementarity = |complementary codes| / |B \ A| (0 when b has nothing a lacks);</li>
 * <li>score = 0.6 × similarity + 0.4 × complementarity, each rounded half-up to 4 decimals.</li>
 * </ul>
 * Regions scoring 0 are not suggested; the order is score descending, then code ascending. Which regions are
 * candidates at all is {@link SuggestionCandidates}'s business.
 */
public final class ComplementarityScorer {
    static final double SIMILARITY_WEIGHT = 0.6;
    static final double COMPLEMENTARITY_WEIGHT = 0.4;

    private final BiFunction<PriorityFamily, String, String> sectionOf;

    /** @param sectionOf the NACE section of an economic-domain code, or null */
    public ComplementarityScorer(BiFunction<PriorityFamily, String, String> sectionOf) {
        this.sectionOf = sectionOf;
    }

    /** The candidates scored, those scoring 0 left out, best first, at most {@code limit}. */
    public List<PartnerSuggestion> rank(Region a, List<Region> candidates, int limit) {
        return candidates.stream()
                .map(b -> score(a, b))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingDouble(PartnerSuggestion::score).reversed()
                        .thenComparing(PartnerSuggestion::code))
                .limit(limit)
                .toList();
    }

    public PartnerSuggestion score(Region a, Region b) {
        Set<String> keysA = keys(a.priorities);
        Set<String> keysB = keys(b.priorities);
        Set<String> union = new TreeSet<>(keysA);
        union.addAll(keysB);
        Set<String> shared = new TreeSet<>(keysA);
        shared.retainAll(keysB);

        Set<String> sectionsOfA = a.priorities.stream()
                .map(p -> sectionOf.apply(p.family(), p.code()))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Priority> onlyB = b.priorities.stream().filter(p -> !keysA.contains(p.key())).toList();
        Set<String> complementary = onlyB.stream()
                .filter(p -> sectionsOfA.contains(sectionOf.apply(p.family(), p.code())))
                .map(Priority::code)
                .collect(Collectors.toCollection(TreeSet::new));

        double similarity = union.isEmpty() ? 0 : round((double) shared.size() / union.size());
        double complementarity = onlyB.isEmpty() ? 0 : round((double) complementary.size() / onlyB.size());
        double score = round(SIMILARITY_WEIGHT * similarity + COMPLEMENTARITY_WEIGHT * complementarity);
        List<String> sharedCodes = shared.stream().map(k -> k.substring(k.indexOf(':') + 1)).sorted().toList();
        return new PartnerSuggestion(b.code, b.name, b.country, score, similarity, complementarity, sharedCodes,
                List.copyOf(complementary));
    }

    private static Set<String> keys(List<Priority> priorities) {
        return priorities.stream().map(Priority::key).collect(Collectors.toCollection(TreeSet::new));
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
