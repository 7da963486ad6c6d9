package org.s3coop.partnership.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.s3coop.partnership.domain.Indicator;
import org.s3coop.partnership.domain.InvestmentProject;
import org.s3coop.partnership.domain.KnownRegion;
import org.s3coop.partnership.domain.MonitoringReport;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.domain.TrackedChallenge;
import org.s3coop.platform.audit.AuditSummary;

/**
 * Everything this service knows of one partnership, for an evaluator (DESIGN.md section 9): the partnership, the
 * member regions as the region read model names them, its history, projects, monitoring reports (with the indicator
 * catalogue they are read with), the challenges the challenge read model holds on it or its active members, and its
 * audit trail in short.
 */
public record Dossier(Partnership partnership, Map<String, KnownRegion> regions, List<StageTransition> history,
        List<InvestmentProject> projects, List<MonitoringReport> reports, List<Indicator> catalogue,
        List<TrackedChallenge> challenges, AuditSummary audit, OffsetDateTime compiledAt) {
}
