package org.s3coop.partnership.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region taking part in a partnership, with its role and contribution. */
@Schema(name = "Member")
public record Member(
        @Schema(example = "ES51") String regionCode,
        @Schema(example = "lead") String role,
        @Schema(example = "pilot lines") String contribution) {
}
