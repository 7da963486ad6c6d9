package org.s3coop.region.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.region.domain.NutsFilter;
import org.s3coop.region.domain.NutsRegion;
import org.s3coop.region.domain.SearchText;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The NUTS 2024 classification ({@code nuts_region}): read only. */
@ApplicationScoped
@WithSession
public class NutsRepository implements PanacheRepositoryBase<NutsRegion, String> {

    public Uni<Page<NutsRegion>> list(NutsFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.level() != null) {
            where.add("level = :level");
            params.and("level", filter.level());
        }
        if (filter.country() != null) {
            where.add("country = :country");
            params.and("country", filter.country());
        }
        if (filter.parent() != null) {
            where.add("parent = :parent");
            params.and("parent", filter.parent());
        }
        if (filter.q() != null) {
            where.add("(code like :code or searchName like :name)");
            params.and("code", LikePattern.containing(filter.q().toUpperCase(Locale.ROOT)));
            params.and("name", LikePattern.containing(SearchText.fold(filter.q())));
        }
        var find = find(String.join(" and ", where), Sort.by("code"), params).page(page.page(), page.size());
        return find.list().chain(items -> find.count().map(total -> Page.of(items, page, total)));
    }

    public Uni<List<NutsRegion>> children(String code) {
        return list("parent", Sort.by("code"), code);
    }

    /** The codes of the classification among {@code codes}. */
    public Uni<List<NutsRegion>> findAll(Collection<String> codes) {
        return codes.isEmpty() ? Uni.createFrom().item(List.of()) : list("code in ?1", List.copyOf(codes));
    }
}
