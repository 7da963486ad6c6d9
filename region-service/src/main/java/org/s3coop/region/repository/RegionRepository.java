package org.s3coop.region.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.region.domain.Region;
import org.s3coop.region.domain.RegionFilter;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    public Uni<Page<Region>> list(RegionFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.country() != null) {
            where.add("country = :country");
            params.and("country", filter.country());
        }
        if (filter.priority() != null) {
            where.add("priorityCodes like :priority");
            params.and("priority", "%|" + filter.priority() + "|%");
        }
        if (filter.active() != null) {
            where.add("active = :active");
            params.and("active", filter.active());
        }
        if (filter.q() != null) {
            where.add("(lower(name) like :q or lower(code) like :q)");
            params.and("q", "%" + filter.q().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String query = String.join(" and ", where);
        var find = find(query, Sort.by("code"), params).page(page.page(), page.size());
        return find.list().chain(items -> find.count().map(total -> Page.of(items, page, total)));
    }

    public Uni<List<Region>> activeOutsideCountry(String country) {
        return list("active = true and country <> ?1", Sort.by("code"), country);
    }
}
