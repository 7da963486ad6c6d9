package org.s3coop.challenge.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.s3coop.challenge.domain.AdoptionStatus;
import org.s3coop.challenge.domain.Practice;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class PracticeRepository implements PanacheRepositoryBase<Practice, UUID> {

    /**
     * Practices, newest first. {@code region}: those the region adopts (in {@code status}, when given); null: all.
     */
    public Uni<Page<Practice>> list(String region, AdoptionStatus status, PageRequest page) {
        String where = "";
        Parameters params = new Parameters();
        if (region != null) {
            where = "id in (select a.practiceId from PracticeAdoption a where a.regionCode = :region"
                    + (status == null ? "" : " and a.status = :status") + ")";
            params.and("region", region);
            if (status != null) {
                params.and("status", status);
            }
        } else if (status != null) {
            where = "id in (select a.practiceId from PracticeAdoption a where a.status = :status)";
            params.and("status", status);
        }
        var find = find(where, Sort.by("createdAt", Sort.Direction.Descending).and("id"), params)
                .page(page.page(), page.size());
        return find.list().chain(items -> find.count().map(total -> Page.of(items, page, total)));
    }

    public Uni<Practice> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Practice> ofSolution(UUID solutionId) {
        return find("solutionId", solutionId).firstResult();
    }
}
