package org.s3coop.challenge.rest.dto;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.service.ChallengeSummary;

@Schema(name = "ChallengeSummary", description = "Open challenges for the working group: by cluster, by severity, "
        + "and by the current stage of the partnership they are raised on")
public record ChallengeSummaryView(
        @Schema(description = "Open challenges in all", example = "12") long open,
        @Schema(description = "Every cluster of the catalogue, in catalogue order, with its open challenges") List<ClusterCount> byCluster,
        @Schema(description = "Open challenges per severity, LOW to BLOCKING", example = "{\"LOW\":1,\"MEDIUM\":4,\"HIGH\":5,\"BLOCKING\":2}")
        Map<String, Long> bySeverity,
        @Schema(description = "Open challenges raised on partnerships, per current stage of the partnership "
                + "(SCOPING, MAPPING, PILOT, SCALE_UP, then any other stage seen), with the clusters that bite there")
        List<StageCount> byPartnershipStage) {

    public static ChallengeSummaryView of(ChallengeSummary s) {
        return new ChallengeSummaryView(s.open(),
                s.byCluster().stream().map(c -> new ClusterCount(c.cluster(), c.name(), c.open())).toList(),
                s.bySeverity(),
                s.byPartnershipStage().stream().map(g -> new StageCount(g.stage(), g.open(), g.byCluster())).toList());
    }

    @Schema(name = "ClusterCount")
    public record ClusterCount(@Schema(example = "CAPACITY") String cluster, String name, @Schema(example = "4") long open) {
    }

    @Schema(name = "StageCount")
    public record StageCount(@Schema(example = "PILOT") String stage, @Schema(example = "3") long open,
            @Schema(description = "Open challenges per cluster at this stage (clusters with none left out)",
                    example = "{\"CAPACITY\":2,\"FUNDING\":1}") Map<String, Long> byCluster) {
    }
}
