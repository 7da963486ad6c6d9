package org.s3coop.challenge.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.ChallengeCluster;
import org.s3coop.challenge.domain.SubDimension;

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

    public static ClusterView of(ChallengeCluster c, List<SubDimension> subDimensions) {
        return new ClusterView(c.code, c.name, c.description, c.position,
                subDimensions.stream().filter(s -> s.clusterCode.equals(c.code)).map(SubDimensionView::of).toList());
    }
}
