package org.s3coop.partnership.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.ProjectTransition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ProjectTransitionRepository implements PanacheRepositoryBase<ProjectTransition, Long> {
    public Uni<List<ProjectTransition>> of(UUID projectId) {
        return list("projectId", Sort.by("seq"), projectId);
    }
}
