package org.s3coop.region.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.region.domain.Region;
import org.s3coop.region.domain.RegionFilter;

import io.quarkus.hibernate.reactive.panache.Panache;
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
            params.and("q", LikePattern.containing(filter.q().toLowerCase(Locale.ROOT)));
        }
        String query = String.join(" and ", where);
        var find = find(query, Sort.by("code"), params).page(page.page(), page.size());
        return find.list().chain(items -> find.count().map(total -> Page.of(items, page, total)));
    }

    public Uni<List<Region>> activeOutsideCountry(String country) {
        return list("active = true and country <> ?1", Sort.by("code"), country);
    }

    /** Which of {@code codes} are registered (active or retired). */
    public Uni<Set<String>> registered(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return Panache.getSession().chain(s -> s.createSelectionQuery("select r.code from Region r where r.code in :codes",
                String.class).setParameter("codes", List.copyOf(codes)).getResultList()).map(Set::copyOf);
    }

    /** The regions among {@code codes}, each row locked until the transaction ends (call inside one). */
    public Uni<List<Region>> findAllForUpdate(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find("code in ?1", Sort.by("code"), List.copyOf(codes)).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The codes of registered regions that are not codes of the NUTS classification (registered before it was checked). */
    public Uni<List<String>> outsideTheClassification() {
        // native SQL: the start-up check runs it first, and should not be what pays for the HQL parser's warm-up
        return Panache.getSession().chain(s -> s.createNativeQuery("select r.code from region r where not exists "
                + "(select 1 from nuts_region n where n.code = r.code) order by r.code", String.class).getResultList());
    }
}
