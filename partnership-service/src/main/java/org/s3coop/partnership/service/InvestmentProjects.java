package org.s3coop.partnership.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.repository.InvestmentProjectRepository;

import io.smallrye.mutiny.Uni;

/**
 * What the INVESTMENT_PROJECT criterion reads: how many of a partnership's investment projects are FUNDED or RUNNING.
 * {@link ProjectService} re-evaluates the partnership's passed gates ({@link GateWatch}) whenever a project changes,
 * so a FUNDED project that is withdrawn regresses a passed PILOT_TO_SCALE_UP gate.
 */
@ApplicationScoped
public class InvestmentProjects {
    @Inject
    InvestmentProjectRepository projects;

    public Uni<Long> fundedOrRunning(UUID partnershipId) {
        return projects.fundedOrRunning(partnershipId);
    }
}
