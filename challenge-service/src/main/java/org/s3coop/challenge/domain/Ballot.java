package org.s3coop.challenge.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.s3coop.platform.problem.Problem;

/**
 * One region's ranking of a round's clusters: every cluster the round ranks exactly once, most critical first.
 */
public record Ballot(List<String> clusters) {

    /**
     * Checks the list against the catalogue (codes in catalogue order) and names every problem: an unknown code,
     * a code listed twice, a cluster missing.
     */
    public static List<Problem.Violation> problemsOf(List<String> clusters, List<String> catalogue) {
        return problemsOf(clusters, catalogue, catalogue);
    }

    /**
     * Checks the list against the clusters a round ranks (a part of the catalogue, in catalogue order) and names every
     * problem: an unknown code, a cluster the round does not rank, a code listed twice, a cluster missing.
     */
    public static List<Problem.Violation> problemsOf(List<String> clusters, List<String> ranked, List<String> catalogue) {
        List<Problem.Violation> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            String code = clusters.get(i);
            String field = "clusters[" + i + "]";
            if (code == null || !catalogue.contains(code)) {
                problems.add(new Problem.Violation(field, code + " is not a challenge cluster; the clusters are " + catalogue));
                continue;
            }
            if (!ranked.contains(code)) {
                problems.add(new Problem.Violation(field, code + " is not ranked in this round; it ranks " + ranked));
                continue;
            }
            Integer first = seen.putIfAbsent(code, i);
            if (first != null) {
                problems.add(new Problem.Violation(field, code + " is listed twice (also at clusters[" + first + "])"));
            }
        }
        for (String code : ranked) {
            if (!seen.containsKey(code)) {
                problems.add(new Problem.Violation("clusters", code + " is missing; rank all " + ranked.size()
                        + " clusters, each once"));
            }
        }
        return problems;
    }

    public static Ballot of(List<String> clusters) {
        return new Ballot(List.copyOf(clusters));
    }
}
