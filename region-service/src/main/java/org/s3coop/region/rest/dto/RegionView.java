package org.s3coop.region.rest.dto;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.region.domain.CooperationProfile;
import org.s3coop.region.domain.Priority;
import org.s3coop.region.domain.Region;
import org.s3coop.region.service.RegionDetails;

@Schema(name = "Region", description = "A region with its S3 priorities; country and level derive from the code")
public record RegionView(
        @Schema(example = "ES51") String code,
        @Schema(example = "Cataluña") String name,
        @Schema(example = "ES", description = "First two letters of the code (Eurostat: EL is Greece)") String country,
        @Schema(example = "2", description = "NUTS level: length of the code minus 2") int level,
        @Schema(example = "2024") String nutsVersion,
        List<Priority> priorities,
        @Schema(description = "false once retired") boolean active,
        @Schema(example = "1", description = "Version, also sent as ETag") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Its part in partnerships, from partnership events") CooperationProfile cooperation) {

    public static RegionView of(RegionDetails details) {
        Region r = details.region();
        return new RegionView(r.code, r.name, r.country, r.level, r.nutsVersion, r.priorities, r.active, r.version,
                r.createdAt, r.updatedAt, details.cooperation());
    }
}
