package org.s3coop.challenge.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.s3coop.platform.problem.Problem;

/**
 * One region's ranking of the clusters: every cluster of the catalogue exactly once, most critical first.
 */
public record Ballot(List<String> clusters) {

    /**
     * Checks the list against the catalogue (codes in catalogue order) and names every problem: an unknown code,
     * a code listed twice, a cluster missing.
     */
    public static List<Problem.Violation> problemsOf(List<String> clusters, List<String> catalogue) {
        List<Problem.Violation> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            String code = clusters.get(i);
            String field = "clusters[" + i + "]";
            if (code == null || !catalogue.contains(code)) {
                problems.add(new Problem.Violation(field, code + " is not a challenge cluster; the clusters are " + catalogue));
                continue;
            }
            Integer first = seen.putIfAbsent(code, i);
            if (first != null) {
                problems.add(new Problem.Violation(field, code + " is listed twice (also at clusters[" + first + "])"));
            }
        }
        for (String code : catalogue) {
            if (!seen.containsKey(code)) {
                problems.add(new Problem.Violation("clusters", code + " is missing; rank all " + catalogue.size()
                        + " clusters, each once"));
            }
        }
        return problems;
    }

    public static Ballot of(List<String> clusters) {
        return new Ballot(List.copyOf(clusters));
    }
}
