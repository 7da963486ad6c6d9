package org.s3coop.challenge.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.ChallengeCluster;
import org.s3coop.challenge.domain.SubDimension;
import org.s3coop.challenge.service.ClusterCatalogue;

@Schema(name = "ChallengeCluster", description = "A cluster of challenges with its sub-dimensions")
public record ClusterView(
        @Schema(example = "CAPACITY") String code,
        @Schema(example = "Capacity for interregional cooperation") String name,
        String description,
        @Schema(example = "1", description = "Order in the catalogue") int position,
        List<SubDimensionView> subDimensions) {

    @Schema(name = "SubDimension")
    public record SubDimensionView(@Schema(example = "INSUFFICIENT_TIME") String code,
            @Schema(example = "Insufficient time") String name, String description) {
        public static SubDimensionView of(SubDimension s) {
            return new SubDimensionView(s.code, s.name, s.description);
        }
    }

    public static ClusterView of(ClusterCatalogue.Entry entry) {
        ChallengeCluster c = entry.cluster();
        return new ClusterView(c.code, c.name, c.description, c.position,
                entry.subDimensions().stream().map(SubDimensionView::of).toList());
    }
}
