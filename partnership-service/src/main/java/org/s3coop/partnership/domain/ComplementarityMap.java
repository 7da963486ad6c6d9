package org.s3coop.partnership.domain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.platform.contract.ContractPatterns;

/** Evidence of MAPPING: what each member region brings, and where in the value chain. */
@Schema(name = "ComplementarityMap")
public record ComplementarityMap(@NotNull @Size(max = 50) @Schema(required = true) List<@NotNull @Valid Entry> entries) {

    @Schema(name = "ComplementarityMapEntry")
    public record Entry(
            @NotNull @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) @Schema(required = true, example = "ES51") String regionCode,
            @Size(max = 200) @Schema(example = "pilot site") String role,
            @Size(max = 2000) @Schema(example = "pilot lines for bio-based trays") String contribution,
            @Size(max = 200) @Schema(example = "conversion") String valueChainSegment) {

        @Schema(readOnly = true, description = "Role and contribution both present (computed; not accepted in requests)")
        public boolean isComplete() {
            return role != null && !role.isBlank() && contribution != null && !contribution.isBlank();
        }
    }
}
