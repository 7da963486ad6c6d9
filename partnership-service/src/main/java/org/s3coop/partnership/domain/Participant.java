package org.s3coop.partnership.domain;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation of a member region taking part in a partnership. */
@Schema(name = "Participant")
public record Participant(UUID id,
        @Schema(example = "Packaging Cluster") String name,
        @Schema(example = "CLUSTER") StakeholderType type,
        @Schema(example = "ITC4") String regionCode) {
}
