package org.s3coop.partnership.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.time.UtcClock;

/**
 * A partnership's monitoring report of one half-year {@link ReportPeriod}: a narrative and the values of the
 * indicators of the catalogue. Written as a DRAFT (the entered indicators), then SUBMITTED: the computed indicators are
 * filled in from the partnership's data at that moment, with the investment mobilised per instrument, and nothing
 * changes any more (409 report-submitted). Its version is its ETag.
 */
@Entity
@Table(name = "monitoring_report")
public class MonitoringReport {
    @Id
    public UUID id;
    @Column(name = "partnership_id")
    public UUID partnershipId;
    public String period;
    public String narrative;
    /** Indicator code → value: the entered ones, and the computed ones once submitted. */
    @Convert(converter = JsonColumns.IndicatorValues.class)
    @Column(name = "indicator_values")
    public Map<String, BigDecimal> values;
    /** Instrument → EUR granted to the projects FUNDED, RUNNING or COMPLETED at submission (empty before). */
    @Convert(converter = JsonColumns.IndicatorValues.class)
    @Column(name = "mobilised_by_instrument")
    public Map<String, BigDecimal> mobilisedByInstrument;
    @Enumerated(EnumType.STRING)
    public ReportStatus status;
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "submitted_by")
    public String submittedBy;

    /** What the audit trail records of a report. */
    public record State(String narrative, Map<String, BigDecimal> values, Map<String, BigDecimal> mobilisedByInstrument,
            ReportStatus status) {
    }

    /**
     * A new DRAFT of {@code period} for {@code p}: 409 partnership-closed when it is closed, 400 when the period has not
     * started yet or the values do not fit the catalogue.
     */
    public static MonitoringReport draft(Partnership p, ReportPeriod period, String narrative,
            Map<String, BigDecimal> entered, List<Indicator> catalogue) {
        p.requireOpen();
        if (period.start().isAfter(UtcClock.now())) {
            throw ProblemException.invalid("period", "has not started yet: " + period + " starts on "
                    + period.start().toLocalDate());
        }
        MonitoringReport r = new MonitoringReport();
        r.id = UUID.randomUUID();
        r.partnershipId = p.id;
        r.period = period.toString();
        r.status = ReportStatus.DRAFT;
        r.mobilisedByInstrument = Map.of();
        r.createdAt = UtcClock.now();
        r.version = 0;
        r.edit(narrative, entered, catalogue);
        return r;
    }

    /** Replaces the narrative and the entered values of a DRAFT. */
    public void edit(String narrative, Map<String, BigDecimal> entered, List<Indicator> catalogue) {
        requireDraft();
        requireEntered(entered, catalogue);
        this.narrative = narrative == null ? null : narrative.strip();
        this.values = new TreeMap<>(entered);
        changed();
    }

    /** Submits the DRAFT: the computed indicators are filled in from {@code p} and its projects; read-only after. */
    public void submit(Partnership p, List<InvestmentProject> projects, List<Indicator> catalogue, String actor) {
        requireDraft();
        p.requireOpen();
        Map<String, BigDecimal> all = new TreeMap<>(values);
        for (Indicator i : catalogue) {
            if (i.isComputed()) {
                all.put(i.code, i.computation.of(p, projects));
            }
        }
        Map<String, BigDecimal> byInstrument = new TreeMap<>();
        for (InvestmentProject x : projects) {
            if (x.status.mobilises()) {
                byInstrument.merge(x.instrument.name(), x.mobilisedEur(), BigDecimal::add);
            }
        }
        values = all;
        mobilisedByInstrument = byInstrument;
        status = ReportStatus.SUBMITTED;
        submittedBy = actor;
        changed();
        submittedAt = updatedAt;
    }

    public ReportPeriod reportPeriod() {
        return ReportPeriod.parse(period);
    }

    public State state() {
        return new State(narrative, values, mobilisedByInstrument, status);
    }

    /** The values in the catalogue's order (those it no longer lists last). */
    public Map<String, BigDecimal> orderedValues(List<Indicator> catalogue) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        catalogue.stream().filter(i -> values.containsKey(i.code)).forEach(i -> ordered.put(i.code, values.get(i.code)));
        values.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private void requireDraft() {
        if (status == ReportStatus.SUBMITTED) {
            throw PartnershipProblem.REPORT_SUBMITTED.exception("The report " + period + " of partnership "
                    + partnershipId + " was submitted on " + submittedAt + "; it is read-only");
        }
    }

    /** 400 for a code the catalogue does not list, a computed one, or a negative value. */
    private static void requireEntered(Map<String, BigDecimal> entered, List<Indicator> catalogue) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        catalogue.forEach(i -> byCode.put(i.code, i));
        List<Problem.Violation> violations = new ArrayList<>();
        entered.forEach((code, value) -> {
            Indicator i = byCode.get(code);
            if (i == null) {
                violations.add(new Problem.Violation("values." + code, "is not an indicator of the catalogue "
                        + "(GET /api/v1/indicators)"));
            } else if (i.isComputed()) {
                violations.add(new Problem.Violation("values." + code, "is computed by the system at submission; "
                        + "leave it out"));
            } else if (value == null || value.signum() < 0) {
                violations.add(new Problem.Violation("values." + code, "must be a number of " + i.unit + ", 0 or more"));
            }
        });
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private void changed() {
        version++;
        updatedAt = UtcClock.now();
    }
}
