package org.s3coop.partnership.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;

/** No partnership has investment projects yet: the INVESTMENT_PROJECT criterion holds only where it is not required. */
@ApplicationScoped
@DefaultBean
public class NoInvestmentProjects implements InvestmentProjects {
    @Override
    public Uni<Long> fundedOrRunning(UUID partnershipId) {
        return Uni.createFrom().item(0L);
    }
}
