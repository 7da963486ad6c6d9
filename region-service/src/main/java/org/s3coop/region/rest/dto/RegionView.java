package org.s3coop.region.rest.dto;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.contracts.events.EuMemberStates;
import org.s3coop.region.domain.CooperationProfile;
import org.s3coop.region.domain.Priority;
import org.s3coop.region.domain.Region;
import org.s3coop.region.service.RegionDetails;

@Schema(name = "Region", description = "A region with its S3 priorities; country, level and parent derive from its NUTS code")
public record RegionView(
        @Schema(example = "ES51") String code,
        @Schema(example = "Cataluña", description = "The region's name: the official one unless another was given") String name,
        @Schema(example = "Cataluña", nullable = true, description = "The NUTS 2024 name of the code (null only for a "
                + "region registered before codes were checked against the classification)") String officialName,
        @Schema(example = "ES", description = "The level-0 code: first two letters of the code (Eurostat: EL is Greece)") String country,
        @Schema(example = "2", description = "NUTS level: length of the code minus 2") int level,
        @Schema(example = "ES5", nullable = true, description = "The code one level up; null for a country") String parent,
        @Schema(example = "true", description = "Whether the country is one of the EU-27") boolean euMemberState,
        @Schema(example = "2024") String nutsVersion,
        List<Priority> priorities,
        @Schema(description = "false once retired") boolean active,
        @Schema(example = "1", description = "Version, also sent as ETag") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Its part in partnerships, from partnership events") CooperationProfile cooperation) {

    public static RegionView of(RegionDetails details) {
        Region r = details.region();
        return new RegionView(r.code, r.name, r.officialName, r.country, r.level, r.parent(),
                EuMemberStates.contains(r.code), r.nutsVersion, r.priorities, r.active, r.version, r.createdAt,
                r.updatedAt, details.cooperation());
    }
}
