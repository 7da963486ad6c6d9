package org.s3coop.partnership.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.InvestmentProject;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class InvestmentProjectRepository implements PanacheRepositoryBase<InvestmentProject, UUID> {
    /** The partnership's projects, oldest first. */
    public Uni<List<InvestmentProject>> of(UUID partnershipId) {
        return list("partnershipId", Sort.by("createdAt").and("id"), partnershipId);
    }

    /** One project of the partnership, or null. */
    public Uni<InvestmentProject> of(UUID partnershipId, UUID projectId) {
        return find("partnershipId = ?1 and id = ?2", partnershipId, projectId).firstResult();
    }
}
