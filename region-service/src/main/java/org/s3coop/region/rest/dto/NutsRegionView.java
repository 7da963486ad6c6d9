package org.s3coop.region.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.contracts.events.EuMemberStates;
import org.s3coop.region.domain.NutsRegion;
import org.s3coop.region.service.NutsClassification;

@Schema(name = "NutsRegion", description = "A code of the NUTS 2024 classification (Eurostat), as region pickers show it")
public record NutsRegionView(
        @Schema(example = "ES51") String code,
        @Schema(example = "2", description = "0 = country ... 3") int level,
        @Schema(example = "ES", description = "The level-0 code (Eurostat: EL is Greece)") String country,
        @Schema(example = "ES5", nullable = true, description = "The code one level up; null for a country") String parent,
        @Schema(example = "Cataluña", description = "The Latin-script name Eurostat publishes") String name,
        @Schema(example = "true", description = "Whether the country is one of the EU-27") boolean euMemberState,
        @Schema(example = "32112.6", nullable = true, description = "Area in km² (null where the data has none)") Double areaKm2,
        @Schema(nullable = true, description = "Where a map writes its name; null for the outermost regions the data "
                + "gives no point for") LabelPoint labelPoint,
        @Schema(example = "false", description = "Whether a region is registered under this code (active or retired)") boolean registered) {

    @Schema(name = "NutsLabelPoint", description = "A label point in WGS 84 (lon/lat, degrees) and in ETRS89-LAEA "
            + "Europe (EPSG:3035, metres)")
    public record LabelPoint(@Schema(example = "1.528626") double lon, @Schema(example = "41.798252") double lat,
            @Schema(example = "3615944") int x3035, @Schema(example = "2116876") int y3035) {

        static LabelPoint of(NutsRegion n) {
            return n.lon == null ? null : new LabelPoint(n.lon, n.lat, n.x3035, n.y3035);
        }
    }

    public static NutsRegionView of(NutsClassification.Entry entry) {
        NutsRegion n = entry.region();
        return new NutsRegionView(n.code, n.level, n.country, n.parent, n.name, EuMemberStates.contains(n.code),
                n.areaKm2, LabelPoint.of(n), entry.registered());
    }
}
