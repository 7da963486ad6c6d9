package org.s3coop.challenge.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.challenge.domain.KnownRegion;
import org.s3coop.platform.readmodel.VersionedUpsert;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class KnownRegionRepository implements PanacheRepositoryBase<KnownRegion, String> {
    private static final String UPSERT = VersionedUpsert.sql("known_region", "code", List.of("country", "name", "active"));

    public Uni<List<KnownRegion>> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("code in ?1", codes);
    }

    /** Keeps the region if this version is newer than the stored one; returns whether it changed anything. */
    public Uni<Boolean> upsertIfNewer(String code, String country, String name, boolean active, long version) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT)
                .setParameter("code", code)
                .setParameter("country", country)
                .setParameter("name", name)
                .setParameter("active", active)
                .setParameter("version", version)
                .executeUpdate())
                .map(rows -> rows > 0);
    }
}
