package org.s3coop.partnership.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.Indicator;
import org.s3coop.partnership.domain.IndicatorKind;

@Schema(name = "Indicator", description = "An indicator of the monitoring catalogue")
public record IndicatorView(@Schema(example = "JOBS_CREATED") String code, @Schema(example = "Jobs created") String name,
        @Schema(example = "RESULT") IndicatorKind kind,
        @Schema(description = "Filled in by the system at submission (else entered by the partnership)") boolean computed,
        @Schema(example = "jobs (FTE)") String unit) {

    public static IndicatorView of(Indicator i) {
        return new IndicatorView(i.code, i.name, i.kind, i.isComputed(), i.unit);
    }
}
