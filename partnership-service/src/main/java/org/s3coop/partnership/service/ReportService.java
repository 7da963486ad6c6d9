package org.s3coop.partnership.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Indicator;
import org.s3coop.partnership.domain.MonitoringReport;
import org.s3coop.partnership.domain.PartnershipAction;
import org.s3coop.partnership.domain.ReportPeriod;
import org.s3coop.partnership.events.ReportEvents;
import org.s3coop.partnership.repository.IndicatorRepository;
import org.s3coop.partnership.repository.InvestmentProjectRepository;
import org.s3coop.partnership.repository.MonitoringReportRepository;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Monitoring reports per partnership and half-year: a lead (or an admin) writes the DRAFT
 * ({@link PartnershipAction#RECORD_REPORT}) and submits it ({@link PartnershipAction#SUBMIT_REPORT}): the computed
 * indicators of the catalogue are filled in from the partnership's data then, the report is read-only after, and the
 * partnership's latest reported period moves on ({@code reportOverdue}). Each change locks the partnership's row and
 * goes through {@link PartnershipChanges} (audit entity {@code report} by period, events with their actor).
 */
@ApplicationScoped
public class ReportService {
    @Inject
    MonitoringReportRepository reports;
    @Inject
    IndicatorRepository indicators;
    @Inject
    InvestmentProjectRepository projects;
    @Inject
    PartnershipService partnerships;
    @Inject
    PartnershipChanges changes;
    @Inject
    PartnershipAuthority authority;
    @Inject
    PortfolioFigures figures;

    /** A report and the catalogue it is read with. */
    public record Read(MonitoringReport report, List<Indicator> catalogue) {
    }

    /** A change's outcome: the report, whether it was created, and the catalogue. */
    public record Written(MonitoringReport report, boolean created, List<Indicator> catalogue) {
    }

    @WithSession
    public Uni<List<Indicator>> catalogue() {
        return indicators.catalogue();
    }

    @WithSession
    public Uni<List<MonitoringReport>> list(UUID partnershipId) {
        return partnerships.get(partnershipId).chain(p -> reports.of(partnershipId));
    }

    @WithSession
    public Uni<Read> get(UUID partnershipId, ReportPeriod period) {
        return reports.of(partnershipId, period.toString()).onItem().ifNull()
                .failWith(() -> notFound(partnershipId, period)).chain(r -> indicators.catalogue().map(c -> new Read(r, c)));
    }

    /** Writes the DRAFT of {@code period}: created (If-Match must not name a version) or edited (If-Match checked). */
    @WithTransaction
    public Uni<Written> write(UUID partnershipId, ReportPeriod period, String narrative, Map<String, BigDecimal> entered,
            ExpectedVersion expected) {
        return changes.lock(partnershipId).chain(p -> {
            authority.require(p, PartnershipAction.RECORD_REPORT, null);
            return indicators.catalogue().chain(catalogue -> reports.of(p.id, period.toString()).chain(existing -> {
                if (existing == null) {
                    expected.require(0); // If-Match names a version of a report that does not exist: 412
                    MonitoringReport r = MonitoringReport.draft(p, period, narrative, entered, catalogue);
                    return changes.applyToPart(p, authority.actor(), PartnershipAction.RECORD_REPORT.name(), "report",
                            r.period, null, r::state, q -> reports.persist(r).replaceWith(List.of(ReportEvents.of(q, r))))
                            .replaceWith(new Written(r, true, catalogue));
                }
                expected.require(existing.version);
                MonitoringReport.State before = existing.state();
                return changes.applyToPart(p, authority.actor(), PartnershipAction.RECORD_REPORT.name(), "report",
                        existing.period, before, existing::state, q -> {
                            existing.edit(narrative, entered, catalogue);
                            return Uni.createFrom().item(List.of(ReportEvents.of(q, existing)));
                        }).replaceWith(new Written(existing, false, catalogue));
            }));
        });
    }

    /** Submits the DRAFT of {@code period}: computed indicators filled in, read-only after. */
    @WithTransaction
    public Uni<Written> submit(UUID partnershipId, ReportPeriod period, ExpectedVersion expected) {
        return changes.lock(partnershipId).chain(p -> {
            authority.require(p, PartnershipAction.SUBMIT_REPORT, null);
            return reports.of(p.id, period.toString()).onItem().ifNull().failWith(() -> notFound(partnershipId, period))
                    .chain(r -> {
                        expected.require(r.version);
                        MonitoringReport.State before = r.state();
                        return indicators.catalogue().chain(catalogue -> projects.of(p.id).chain(xs -> figures.around(p,
                                () -> changes.applyToPart(p, authority.actor(), PartnershipAction.SUBMIT_REPORT.name(),
                                        "report", r.period, before, r::state, q -> {
                                            r.submit(q, xs, catalogue, authority.actor());
                                            q.reported(period);
                                            return Uni.createFrom().item(List.of(ReportEvents.of(q, r)));
                                        })))
                                .replaceWith(new Written(r, false, catalogue)));
                    });
        });
    }

    private static ProblemException notFound(UUID partnershipId, ReportPeriod period) {
        return ProblemException.notFound("No monitoring report " + period + " of partnership " + partnershipId);
    }
}
