package org.s3coop.challenge.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.ChallengeCluster;
import org.s3coop.challenge.domain.Severity;
import org.s3coop.challenge.repository.ChallengeRepository;
import org.s3coop.challenge.repository.ClusterRepository;
import org.s3coop.challenge.service.ChallengeSummary.ClusterCount;
import org.s3coop.challenge.service.ChallengeSummary.StageCount;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Analytics for the working group: open challenges by cluster, by severity, and by the current stage of the
 * partnership they are raised on (from the partnership read model), so one sees which clusters bite at which stage.
 */
@ApplicationScoped
public class ChallengeSummaryService {
    /** Partnership stages in their order; stages outside it (from a newer partnership-service) come after. */
    static final List<String> STAGES = List.of("SCOPING", "MAPPING", "PILOT", "SCALE_UP");

    @Inject
    ChallengeRepository challenges;
    @Inject
    ClusterRepository clusters;

    @WithSession
    public Uni<ChallengeSummary> summary() {
        return clusters.catalogue().chain(catalogue -> challenges.openCountBy("cluster")
                .chain(byCluster -> challenges.openCountBy("severity")
                        .chain(bySeverity -> challenges.openCountByPartnershipStage()
                                .map(byStage -> summary(catalogue, byCluster, bySeverity, byStage)))));
    }

    private static ChallengeSummary summary(List<ChallengeCluster> catalogue, List<Object[]> byCluster,
            List<Object[]> bySeverity, List<Object[]> byStage) {
        Map<String, Long> clusterCounts = counts(byCluster);
        List<ClusterCount> clusterList = new ArrayList<>();
        long total = 0;
        for (ChallengeCluster c : catalogue) {
            long n = clusterCounts.getOrDefault(c.code, 0L);
            total += n;
            clusterList.add(new ClusterCount(c.code, c.name, n));
        }
        Map<String, Long> severityCounts = counts(bySeverity);
        Map<String, Long> severities = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            severities.put(s.name(), severityCounts.getOrDefault(s.name(), 0L));
        }
        Map<String, Map<String, Long>> stageClusters = new TreeMap<>((a, b) -> {
            int ia = STAGES.indexOf(a);
            int ib = STAGES.indexOf(b);
            if (ia >= 0 && ib >= 0) {
                return Integer.compare(ia, ib);
            }
            if (ia >= 0 || ib >= 0) {
                return ia >= 0 ? -1 : 1;
            }
            return a.compareTo(b);
        });
        STAGES.forEach(s -> stageClusters.put(s, new LinkedHashMap<>()));
        for (Object[] row : byStage) {
            stageClusters.computeIfAbsent(String.valueOf(row[0]), k -> new LinkedHashMap<>())
                    .merge(String.valueOf(row[1]), ((Number) row[2]).longValue(), Long::sum);
        }
        List<StageCount> stages = new ArrayList<>();
        stageClusters.forEach((stage, perCluster) -> {
            Map<String, Long> ordered = new LinkedHashMap<>();
            catalogue.forEach(c -> {
                if (perCluster.containsKey(c.code)) {
                    ordered.put(c.code, perCluster.get(c.code));
                }
            });
            perCluster.forEach(ordered::putIfAbsent);
            stages.add(new StageCount(stage, ordered.values().stream().mapToLong(Long::longValue).sum(), ordered));
        });
        return new ChallengeSummary(total, clusterList, severities, stages);
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Object[] row : rows) {
            m.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return m;
    }
}
