package org.s3coop.partnership.service;

import java.util.UUID;

import io.smallrye.mutiny.Uni;

/**
 * The port the INVESTMENT_PROJECT criterion reads: how many of a partnership's investment projects are FUNDED or
 * RUNNING. Until projects exist (issue 15) {@link NoInvestmentProjects} answers none; the projects will feed this
 * port, and call {@link GateWatch} when a project's status changes so that a passed gate is re-evaluated.
 */
public interface InvestmentProjects {
    Uni<Long> fundedOrRunning(UUID partnershipId);
}
