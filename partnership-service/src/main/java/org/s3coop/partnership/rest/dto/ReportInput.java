package org.s3coop.partnership.rest.dto;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportInput", description = "A monitoring report's draft: the narrative and the entered indicators")
public record ReportInput(
        @Size(max = 20000) @Schema(example = "Two matchmaking events; the tray line reached TRL 6.") String narrative,
        @Size(max = 100) @Schema(description = "Entered indicator code → value (the catalogue's entered indicators; "
                + "computed ones are filled in at submission)", example = "{\"JOBS_CREATED\": 12, \"EVENTS_HELD\": 2}")
        Map<String, @NotNull @Digits(integer = 14, fraction = 4) BigDecimal> values) {

    public Map<String, BigDecimal> entered() {
        return values == null ? Map.of() : values;
    }
}
