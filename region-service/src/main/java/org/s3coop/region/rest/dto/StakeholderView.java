package org.s3coop.region.rest.dto;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.region.domain.Stakeholder;
import org.s3coop.region.domain.StakeholderType;

@Schema(name = "Stakeholder", description = "An organisation of a region's innovation ecosystem")
public record StakeholderView(UUID id, @Schema(example = "ES51") String regionCode,
        @Schema(example = "Universitat de Barcelona") String name, StakeholderType type, OffsetDateTime createdAt) {

    public static StakeholderView of(Stakeholder s) {
        return new StakeholderView(s.id, s.regionCode, s.name, s.type, s.createdAt);
    }
}
