package org.s3coop.partnership.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Status;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {

    /** Filters of the partnership list; null means "any". */
    public record Filter(Stage stage, Status status, String region, String priority, String programme, String invited) {
    }

    /** How many partnerships are in one stage with one status. */
    public record StageStatusCount(Stage stage, Status status, long count) {
    }

    public Uni<Page<Partnership>> list(Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.stage() != null) {
            where.add("stage = :stage");
            params.and("stage", filter.stage());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.region() != null) {
            where.add("memberIndex like :region");
            params.and("region", "%|" + filter.region() + "|%");
        }
        if (filter.invited() != null) {
            where.add("invitedIndex like :invited");
            params.and("invited", "%|" + filter.invited() + "|%");
        }
        if (filter.priority() != null) {
            where.add("priorityCode = :priority");
            params.and("priority", filter.priority());
        }
        if (filter.programme() != null) {
            where.add("programmeCode = :programme");
            params.and("programme", filter.programme());
        }
        var find = find(String.join(" and ", where), Sort.by("createdAt").and("id"), params).page(page.page(), page.size());
        return find.list().chain(items -> find.count().map(total -> Page.of(items, page, total)));
    }

    /** Open (not closed) partnerships in which the region is an ACTIVE member, locked for the rest of the transaction. */
    public Uni<List<Partnership>> openWithMemberForUpdate(String regionCode) {
        return find("memberIndex like ?1 and status <> ?2", Sort.by("createdAt").and("id"), "%|" + regionCode + "|%",
                Status.CLOSED).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Open partnerships whose commitment letters are due for a look at {@code now}, the earliest first, locked. */
    public Uni<List<Partnership>> lettersDueForUpdate(OffsetDateTime now, int limit) {
        return find("lettersDueAt <= ?1 and status <> ?2", Sort.by("lettersDueAt").and("id"), now, Status.CLOSED)
                .page(0, limit).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
