package org.s3coop.partnership.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.MonitoringReport;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class MonitoringReportRepository implements PanacheRepositoryBase<MonitoringReport, UUID> {
    /** The partnership's reports, the latest period first. */
    public Uni<List<MonitoringReport>> of(UUID partnershipId) {
        return list("partnershipId", Sort.descending("period"), partnershipId);
    }

    /** The partnership's report of {@code period}, or null. */
    public Uni<MonitoringReport> of(UUID partnershipId, String period) {
        return find("partnershipId = ?1 and period = ?2", partnershipId, period).firstResult();
    }
}
