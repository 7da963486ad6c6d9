package org.s3coop.region.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.region.domain.CooperationProfile;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The cooperation read model: which regions take part in which partnership, at which stage and status. */
@ApplicationScoped
@WithSession
public class CooperationRepository {

    /** A partnership as the latest event described it. */
    public record Participation(UUID partnershipId, String leadRegion, Set<String> regions, String stage,
            String status, long version) {
    }

    /**
     * Replaces what is known of the partnership when the event is newer than what was applied; an older event
     * arriving late changes nothing. Call inside a transaction.
     */
    public Uni<Boolean> apply(Participation p) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "insert into partnership_seen (partnership_id, version) values (:id, :version) "
                        + "on conflict (partnership_id) do update set version = excluded.version "
                        + "where partnership_seen.version < excluded.version")
                .setParameter("id", p.partnershipId()).setParameter("version", p.version())
                .executeUpdate()
                .chain(updated -> updated == 0 ? Uni.createFrom().item(false)
                        : s.createNativeQuery("delete from partnership_participation where partnership_id = :id")
                                .setParameter("id", p.partnershipId()).executeUpdate()
                                .chain(() -> insertAll(s, p)).replaceWith(true)));
    }

    private Uni<Void> insertAll(org.hibernate.reactive.mutiny.Mutiny.Session s, Participation p) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String region : p.regions()) {
            chain = chain.chain(() -> s.createNativeQuery("insert into partnership_participation "
                    + "(partnership_id, region_code, is_lead, stage, status) values (:id, :region, :lead, :stage, :status)")
                    .setParameter("id", p.partnershipId()).setParameter("region", region)
                    .setParameter("lead", region.equals(p.leadRegion()))
                    .setParameter("stage", p.stage()).setParameter("status", p.status())
                    .executeUpdate().replaceWithVoid());
        }
        return chain;
    }

    /** The cooperation profiles of the given regions; a region in no partnership gets an empty profile. */
    public Uni<Map<String, CooperationProfile>> profilesOf(Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("select region_code, status, stage, is_lead, count(*) "
                + "from partnership_participation where region_code in (:regions) "
                + "group by region_code, status, stage, is_lead", Object[].class)
                .setParameter("regions", List.copyOf(regionCodes)).getResultList())
                .map(rows -> fold(regionCodes, rows));
    }

    private static Map<String, CooperationProfile> fold(Collection<String> regionCodes, List<Object[]> rows) {
        Map<String, CooperationProfile> profiles = new HashMap<>();
        regionCodes.forEach(code -> profiles.put(code, CooperationProfile.none()));
        for (Object[] row : rows) {
            profiles.computeIfPresent((String) row[0], (code, profile) -> profile.plus((String) row[1],
                    (String) row[2], (Boolean) row[3], ((Number) row[4]).intValue()));
        }
        return profiles;
    }
}
