package org.s3coop.partnership.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.s3coop.partnership.domain.Indicator;
import org.s3coop.partnership.domain.Member;
import org.s3coop.partnership.rest.dto.PartnershipView;
import org.s3coop.partnership.rest.dto.ProjectView;
import org.s3coop.partnership.rest.dto.ReportView;

/**
 * The columns of partnership-service's lists as {@code text/csv} (written by the platform's {@code Csv}): one row per
 * partnership, project or report, with the JSON's scalar fields; lists of codes are one cell, {@code A;B}; amounts
 * are plain decimals (no exponent); a report has one column per indicator of the catalogue, empty when it has no value.
 */
final class PartnershipCsv {
    static final List<String> PARTNERSHIP_COLUMNS = List.of("id", "title", "priorityFamily", "priority", "programme",
            "leadRegion", "members", "invited", "stage", "status", "outcome", "rescopingRecommended",
            "lastReportedPeriod", "reportOverdue", "version", "stageEnteredAt", "createdAt", "updatedAt");
    static final List<String> PROJECT_COLUMNS = List.of("id", "title", "instrument", "status", "regions",
            "organisations", "trlStart", "trlTarget", "budgetEur", "requestedEur", "grantedEur", "startsOn", "endsOn",
            "version", "createdAt", "updatedAt");
    private static final List<String> REPORT_COLUMNS = List.of("period", "status", "narrative", "submittedAt",
            "submittedBy", "version", "createdAt", "updatedAt");

    private PartnershipCsv() {
    }

    /** ACTIVE members in {@code members}, invitations in {@code invited}. */
    static Object[] partnership(PartnershipView p) {
        return new Object[] { p.id(), p.title(), p.priority().family(), p.priority().code(), p.programme(),
                p.leadRegion(), codes(p.members().stream().filter(Member::isActive).map(Member::regionCode).toList()),
                codes(p.members().stream().filter(m -> !m.isActive()).map(Member::regionCode).toList()), p.stage(),
                p.status(), p.outcome(), p.rescopingRecommended(), p.lastReportedPeriod(), p.reportOverdue(),
                p.version(), p.stageEnteredAt(), p.createdAt(), p.updatedAt() };
    }

    static Object[] project(ProjectView x) {
        return new Object[] { x.id(), x.title(), x.instrument(), x.status(), codes(x.regions()), codes(x.organisations()),
                x.trlStart(), x.trlTarget(), plain(x.budgetEur()), plain(x.requestedEur()), plain(x.grantedEur()),
                x.startsOn(), x.endsOn(), x.version(), x.createdAt(), x.updatedAt() };
    }

    /** The report columns, then one per indicator of the catalogue (by code, in its order). */
    static List<String> reportColumns(List<Indicator> catalogue) {
        List<String> columns = new ArrayList<>(REPORT_COLUMNS);
        catalogue.forEach(i -> columns.add(i.code));
        return columns;
    }

    static Object[] report(ReportView r, List<Indicator> catalogue) {
        List<Object> cells = new ArrayList<>(List.of(r.period(), r.status()));
        cells.add(r.narrative());
        cells.add(r.submittedAt());
        cells.add(r.submittedBy());
        cells.addAll(List.of(r.version(), r.createdAt(), r.updatedAt()));
        for (Indicator i : catalogue) {
            cells.add(r.indicators().stream().filter(v -> v.code().equals(i.code)).findFirst()
                    .map(v -> plain(v.value())).orElse(null));
        }
        return cells.toArray();
    }

    private static String codes(Collection<?> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
