package org.s3coop.partnership.rest.dto;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.Indicator;
import org.s3coop.partnership.domain.IndicatorKind;
import org.s3coop.partnership.domain.MonitoringReport;
import org.s3coop.partnership.domain.ReportStatus;

@Schema(name = "MonitoringReport", description = "A partnership's monitoring report of a half-year")
public record ReportView(UUID id, UUID partnershipId, @Schema(example = "2026-H1") String period,
        @Schema(example = "SUBMITTED") ReportStatus status, @Schema(nullable = true) String narrative,
        @Schema(description = "The indicators with a value, in the catalogue's order") List<Value> indicators,
        @Schema(nullable = true, description = "Instrument → EUR granted to the projects FUNDED, RUNNING or COMPLETED "
                + "at submission; null before") Map<String, BigDecimal> mobilisedByInstrument,
        @Schema(description = "The report's version, its ETag") long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, @Schema(nullable = true) OffsetDateTime submittedAt, @Schema(nullable = true) String submittedBy) {

    @Schema(name = "IndicatorValue", description = "One indicator's value in a report")
    public record Value(@Schema(example = "JOBS_CREATED") String code, String name, IndicatorKind kind, boolean computed,
            String unit, @Schema(nullable = true) BigDecimal value) {
    }

    public static ReportView of(MonitoringReport r, List<Indicator> catalogue) {
        List<Value> values = r.orderedValues(catalogue).entrySet().stream().map(e -> catalogue.stream()
                .filter(i -> i.code.equals(e.getKey())).findFirst()
                .map(i -> new Value(i.code, i.name, i.kind, i.isComputed(), i.unit, e.getValue()))
                .orElse(new Value(e.getKey(), e.getKey(), null, false, null, e.getValue()))).toList();
        return new ReportView(r.id, r.partnershipId, r.period, r.status, r.narrative, values, r.mobilisedByInstrument,
                r.version, r.createdAt, r.updatedAt, r.submittedAt, r.submittedBy);
    }
}
