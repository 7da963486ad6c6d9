package org.s3coop.challenge.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.s3coop.challenge.domain.WorkingGroupMember;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class WorkingGroupMemberRepository implements PanacheRepositoryBase<WorkingGroupMember, String> {

    /** The current members (not those that left), by region code. */
    public Uni<Page<WorkingGroupMember>> list(PageRequest page) {
        var find = find("leftAt is null", Sort.by("regionCode")).page(page.page(), page.size());
        return find.list().chain(items -> find.count().map(total -> Page.of(items, page, total)));
    }

    public Uni<Boolean> isMember(String regionCode) {
        return count("regionCode = ?1 and leftAt is null", regionCode).map(n -> n > 0);
    }

    public Uni<WorkingGroupMember> findForUpdate(String regionCode) {
        return findById(regionCode, LockModeType.PESSIMISTIC_WRITE);
    }
}
