package org.s3coop.challenge.service;

import java.util.List;
import java.util.Map;

/**
 * Open challenges at a glance: in all; per cluster (every cluster, catalogue order); per severity (LOW to
 * BLOCKING); and, for those raised on partnerships, per current stage of the partnership with the clusters there.
 */
public record ChallengeSummary(long open, List<ClusterCount> byCluster, Map<String, Long> bySeverity,
        List<StageCount> byPartnershipStage) {

    public record ClusterCount(String cluster, String name, long open) {
    }

    /** {@code byCluster}: catalogue order, clusters with none left out. */
    public record StageCount(String stage, long open, Map<String, Long> byCluster) {
    }
}
