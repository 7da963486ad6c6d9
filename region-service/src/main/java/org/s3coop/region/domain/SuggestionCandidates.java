package org.s3coop.region.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which regions may be suggested as partners of region a (the rules of docs/region-service.md; the score is
 * {@link ComplementarityScorer}'s):
 * <ul>
 * <li>active regions only, never a itself, and never one of a's own country (the level-0 code);</li>
 * <li>of a's NUTS level, unless another {@link LevelScope} is asked for;</li>
 * <li>not a region already in an active partnership with a on a priority both list ({@code includePartners} keeps
 * them).</li>
 * </ul>
 */
public final class SuggestionCandidates {
    private SuggestionCandidates() {
    }

    public static List<Region> of(Region a, List<Region> regions, LevelScope level, boolean includePartners,
            Collection<JointPartnership> joint) {
        Set<String> keysOfA = a.priorities.stream().map(Priority::key).collect(Collectors.toSet());
        return regions.stream()
                .filter(b -> b.active && !b.code.equals(a.code) && !b.country.equals(a.country))
                .filter(b -> level.admits(a.level, b.level))
                .filter(b -> includePartners || joint.stream().noneMatch(j -> j.partner().equals(b.code)
                        && keysOfA.contains(j.priorityKey()) && b.priorities.stream().anyMatch(p -> p.key().equals(j.priorityKey()))))
                .toList();
    }
}
