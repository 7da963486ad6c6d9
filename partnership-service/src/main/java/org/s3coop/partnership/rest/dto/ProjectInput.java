package org.s3coop.partnership.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.Instrument;
import org.s3coop.partnership.domain.InvestmentProject;
import org.s3coop.platform.contract.ContractPatterns;

@Schema(name = "ProjectInput", description = "An investment project's details (its status moves by transitions)")
public record ProjectInput(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Compostable tray line, scale-up") String title,
        @NotNull @Schema(required = true, example = "I3_STRAND_2A") Instrument instrument,
        @Size(max = 50) @Schema(description = "Active member regions taking part", example = "[\"ES51\", \"DE21\"]")
        List<@NotNull @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String> regions,
        @Size(max = 200) @Schema(description = "Ids of the partnership's participants taking part")
        List<@NotNull UUID> organisations,
        @NotNull @Min(1) @Max(9) @Schema(required = true, example = "5", description = "Technology readiness level at start") Integer trlStart,
        @NotNull @Min(1) @Max(9) @Schema(required = true, example = "7", description = "TRL targeted, not below trlStart") Integer trlTarget,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Schema(example = "4000000") BigDecimal budgetEur,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Schema(example = "2500000") BigDecimal requestedEur,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Schema(example = "2000000") BigDecimal grantedEur,
        @Schema(example = "2026-09-01") LocalDate startsOn,
        @Schema(example = "2028-08-31", description = "Not before startsOn") LocalDate endsOn) {

    public InvestmentProject.Details toDetails() {
        return new InvestmentProject.Details(title, instrument, regions == null ? List.of() : regions,
                organisations == null ? List.of() : organisations, trlStart, trlTarget, budgetEur, requestedEur,
                grantedEur, startsOn, endsOn);
    }
}
