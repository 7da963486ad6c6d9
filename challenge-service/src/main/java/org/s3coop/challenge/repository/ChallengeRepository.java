package org.s3coop.challenge.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.challenge.domain.Challenge;
import org.s3coop.challenge.domain.ChallengeFilter;
import org.s3coop.challenge.domain.ChallengeStatus;
import org.s3coop.challenge.domain.ScopeType;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ChallengeRepository implements PanacheRepositoryBase<Challenge, UUID> {

    public Uni<Page<Challenge>> list(ChallengeFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.cluster() != null) {
            where.add("cluster = :cluster");
            params.and("cluster", filter.cluster());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.severity() != null) {
            where.add("severity = :severity");
            params.and("severity", filter.severity());
        }
        if (filter.partnership() != null) {
            where.add("scopeType = :partnershipScope and scopeRef = :partnership");
            params.and("partnershipScope", ScopeType.PARTNERSHIP).and("partnership", filter.partnership());
        }
        if (filter.region() != null) {
            where.add("((scopeType = :regionScope and scopeRef = :region) or (scopeType = :memberScope and scopeRef in "
                    + "(select p.id from KnownPartnership p where p.memberRegions like :member)))");
            params.and("regionScope", ScopeType.REGION).and("region", filter.region())
                    .and("memberScope", ScopeType.PARTNERSHIP).and("member", "%|" + filter.region() + "|%");
        }
        var find = find(String.join(" and ", where), Sort.by("createdAt", Sort.Direction.Descending).and("id"), params)
                .page(page.page(), page.size());
        return find.list().chain(items -> find.count().map(total -> Page.of(items, page, total)));
    }

    /**
     * Open challenges that concern a region (raised on it, or on a partnership it is a member of), by cluster: rows of
     * [cluster, count].
     */
    public Uni<List<Object[]>> openCountByClusterFor(String region) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                "select c.cluster, count(c) from Challenge c where c.status = :open and ((c.scopeType = :regionScope "
                        + "and c.scopeRef = :region) or (c.scopeType = :memberScope and c.scopeRef in (select p.id from "
                        + "KnownPartnership p where p.memberRegions like :member))) group by c.cluster",
                Object[].class).setParameter("open", ChallengeStatus.OPEN)
                .setParameter("regionScope", ScopeType.REGION).setParameter("region", region)
                .setParameter("memberScope", ScopeType.PARTNERSHIP).setParameter("member", "%|" + region + "|%")
                .getResultList());
    }

    public Uni<List<Challenge>> atMeeting(UUID meetingId) {
        return list("meetingId", Sort.by("createdAt").and("id"), meetingId);
    }
}
