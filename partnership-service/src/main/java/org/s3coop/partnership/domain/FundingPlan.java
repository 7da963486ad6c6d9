package org.s3coop.partnership.domain;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Evidence for SCALE_UP: where the money comes from, and which of it is committed. */
@Schema(name = "FundingPlan")
public record FundingPlan(@NotNull @Size(max = 50) @Schema(required = true) List<@NotNull @Valid Source> sources) {

    @Schema(name = "FundingSource")
    public record Source(
            @NotBlank @Size(max = 200) @Schema(required = true, example = "I3 strand 1") String name,
            @NotNull @Schema(required = true, example = "EU") FundingKind kind,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 13, fraction = 2)
            @Schema(required = true, example = "2500000") BigDecimal amountEur,
            @NotNull @Schema(required = true, example = "true") Boolean committed) {

        /** Committed, and money: an amount above zero (COMMITTED_FUNDING). */
        @JsonIgnore
        public boolean isCommittedMoney() {
            return Boolean.TRUE.equals(committed) && amountEur != null && amountEur.signum() > 0;
        }
    }
}
