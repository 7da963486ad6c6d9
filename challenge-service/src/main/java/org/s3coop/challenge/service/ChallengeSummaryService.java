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
import org.s3coop.challenge.repository.ClusterRepository;
import org.s3coop.challenge.repository.OpenChallengeCountRepository;
import org.s3coop.challenge.service.ChallengeSummary.ClusterCount;
import org.s3coop.challenge.service.ChallengeSummary.StageCount;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Analytics for the working group: open challenges by cluster, by severity, and by the current stage of the
 * partnership they are raised on (from the partnership read model), so one sees which clusters bite at which stage.
 * Read from the counts kept by every change ({@link OpenChallengeCounts}), not counted per request.
 */
@ApplicationScoped
public class ChallengeSummaryService {
    /** Partnership stages in their order; stages outside it (from a newer partnership-service) come after. */
    static final List<String> STAGES = List.of("SCOPING", "MAPPING", "PILOT", "SCALE_UP");

    @Inject
    OpenChallengeCountRepository counts;
    @Inject
    ClusterRepository clusters;

    @WithSession
    public Uni<ChallengeSummary> summary() {
        return clusters.catalogue().chain(catalogue -> counts.all().map(rows -> summary(catalogue, rows)));
    }

    /** The summary of the kept counts: rows of [cluster, severity, stage ({@code ""}: no known partnership), open]. */
    private static ChallengeSummary summary(List<ChallengeCluster> catalogue, List<Object[]> rows) {
        Map<String, Long> byCluster = new LinkedHashMap<>();
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        Map<List<String>, Long> byStage = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long n = ((Number) row[3]).longValue();
            byCluster.merge(String.valueOf(row[0]), n, Long::sum);
            bySeverity.merge(String.valueOf(row[1]), n, Long::sum);
            if (!"".equals(row[2])) {
                byStage.merge(List.of(String.valueOf(row[2]), String.valueOf(row[0])), n, Long::sum);
            }
        }
        List<Object[]> stageRows = new ArrayList<>();
        byStage.forEach((k, n) -> stageRows.add(new Object[] {k.get(0), k.get(1), n}));
        return summary(catalogue, rowsOf(byCluster), rowsOf(bySeverity), stageRows);
    }

    private static List<Object[]> rowsOf(Map<String, Long> counts) {
        List<Object[]> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Object[] {k, n}));
        return out;
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
