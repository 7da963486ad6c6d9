package org.s3coop.partnership.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.repository.IndicatorRepository;
import org.s3coop.partnership.repository.InvestmentProjectRepository;
import org.s3coop.partnership.repository.KnownRegionRepository;
import org.s3coop.partnership.repository.MonitoringReportRepository;
import org.s3coop.partnership.repository.StageTransitionRepository;
import org.s3coop.partnership.repository.TrackedChallengeRepository;
import org.s3coop.platform.audit.AuditTrail;
import org.s3coop.platform.time.UtcClock;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Compiles a partnership's {@link Dossier}: one read session, one statement after the other (404 for none). */
@ApplicationScoped
public class DossierService {
    /** How many of the latest audit entries the dossier shows. */
    static final int LATEST_CHANGES = 10;

    @Inject
    PartnershipService partnerships;
    @Inject
    KnownRegionRepository regions;
    @Inject
    StageTransitionRepository history;
    @Inject
    InvestmentProjectRepository projects;
    @Inject
    MonitoringReportRepository reports;
    @Inject
    IndicatorRepository indicators;
    @Inject
    TrackedChallengeRepository challenges;
    @Inject
    AuditTrail audit;

    @WithSession
    public Uni<Dossier> compile(UUID id) {
        return partnerships.get(id).chain(p -> regions.byCode(p.memberCodes())
                .chain(named -> history.of(id)
                .chain(steps -> projects.of(id)
                .chain(xs -> reports.of(id)
                .chain(rs -> indicators.catalogue()
                .chain(catalogue -> challenges.concerning(id, p.activeMemberCodes())
                .chain(cs -> audit.summary(PartnershipChanges.AGGREGATE, id.toString(), LATEST_CHANGES)
                .map(summary -> new Dossier(p, named, steps, xs, rs, catalogue, cs, summary, UtcClock.now())))))))));
    }
}
