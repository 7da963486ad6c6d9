package org.s3coop.partnership.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.s3coop.partnership.domain.MonitoringReport;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.ReportStatus;
import org.s3coop.platform.events.DomainEvent;

/**
 * The monitoring reports' events on {@code s3coop.partnerships.v1}, keyed by the partnership id: {@code report-updated}
 * (a draft written or edited) and {@code report-submitted} (with the computed indicators). Their data is the
 * partnership's state with {@code report}. Who made the change ({@code actor}) is added by the outbox.
 */
public final class ReportEvents {
    private static final String PREFIX = "org.s3coop.partnership.";
    public static final String REPORT_UPDATED = PREFIX + "report-updated.v1";
    public static final String REPORT_SUBMITTED = PREFIX + "report-submitted.v1";

    private ReportEvents() {
    }

    public record ReportData(UUID id, UUID partnershipId, String period, ReportStatus status,
            Map<String, BigDecimal> values, Map<String, BigDecimal> mobilisedByInstrument, long version,
            OffsetDateTime submittedAt) {
    }

    public static DomainEvent of(Partnership p, MonitoringReport r) {
        return PartnershipEvents.part(r.status == ReportStatus.SUBMITTED ? REPORT_SUBMITTED : REPORT_UPDATED, p, null,
                new ReportData(r.id, r.partnershipId, r.period, r.status, r.values, r.mobilisedByInstrument, r.version,
                        r.submittedAt));
    }
}
