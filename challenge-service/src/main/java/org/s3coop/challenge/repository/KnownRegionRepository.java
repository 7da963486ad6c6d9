package org.s3coop.challenge.repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    /**
     * {@link VersionedUpsert}'s "apply if newer", plus {@code retired_at}: set when the region becomes inactive (the
     * first retirement is kept while it stays retired), cleared when it is active again.
     */
    private static final String UPSERT = "insert into known_region (code, country, name, active, retired_at, version, "
            + "updated_at) values (:code, :country, :name, :active, case when :active then null else "
            + "cast(:retired_at as timestamptz) end, :version, now()) on conflict (code) do update set "
            + "country = excluded.country, name = excluded.name, active = excluded.active, retired_at = case when "
            + "excluded.active then null else coalesce(known_region.retired_at, excluded.retired_at) end, "
            + "version = excluded.version, updated_at = now() where known_region.version < excluded.version";

    /** When each of these regions was retired, for those that are (the others are absent). */
    public Uni<Map<String, OffsetDateTime>> retiredAmong(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("code in ?1 and active = false and retiredAt is not null", codes)
                .map(rs -> rs.stream().collect(Collectors.toMap(r -> r.code, r -> r.retiredAt)));
    }

    public Uni<List<KnownRegion>> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("code in ?1", codes);
    }

    /**
     * Keeps the region if this version is newer than the stored one; returns whether it changed anything.
     * {@code now}: when a region that becomes inactive was retired, as far as this service knows.
     */
    public Uni<Boolean> upsertIfNewer(String code, String country, String name, boolean active, long version,
            OffsetDateTime now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT)
                .setParameter("code", code)
                .setParameter("country", country)
                .setParameter("name", name)
                .setParameter("active", active)
                .setParameter("retired_at", now)
                .setParameter("version", version)
                .executeUpdate())
                .map(rows -> rows > 0);
    }
}
