package org.s3coop.region.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.region.service.NutsClassification;

@Schema(name = "NutsRegionDetails", description = "A code of the NUTS 2024 classification with its children")
public record NutsRegionDetailsView(
        @Schema(description = "The code itself") NutsRegionView region,
        @Schema(description = "The codes one level down, by code; empty at level 3") List<NutsRegionView> children) {

    public static NutsRegionDetailsView of(NutsClassification.Details details) {
        return new NutsRegionDetailsView(NutsRegionView.of(details.entry()),
                details.children().stream().map(NutsRegionView::of).toList());
    }
}
