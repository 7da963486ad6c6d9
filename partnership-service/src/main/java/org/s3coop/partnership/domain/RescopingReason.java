package org.s3coop.partnership.domain;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reason re-scoping was recommended; reasons accumulate until a REVERT or a DISMISS_RESCOPING. */
@Schema(name = "RescopingReason")
public record RescopingReason(
        @Schema(example = "REGION_RETIRED") RescopingCause cause,
        @Schema(example = "member region DE21 was retired") String message,
        OffsetDateTime at) {
}
