package org.s3coop.region.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.region.domain.Stakeholder;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class StakeholderRepository implements PanacheRepositoryBase<Stakeholder, UUID> {

    public Uni<Page<Stakeholder>> ofRegion(String regionCode, PageRequest page) {
        var find = find("regionCode", Sort.by("name").and("id"), regionCode).page(page.page(), page.size());
        return find.list().chain(items -> find.count().map(total -> Page.of(items, page, total)));
    }

    /** The stakeholders of all these regions. */
    public Uni<List<Stakeholder>> ofRegions(Collection<String> regionCodes) {
        return regionCodes.isEmpty() ? Uni.createFrom().item(List.of())
                : list("regionCode in ?1", Sort.by("regionCode").and("name"), List.copyOf(regionCodes));
    }
}
