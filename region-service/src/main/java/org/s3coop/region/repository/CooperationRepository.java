package org.s3coop.region.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.s3coop.region.domain.CooperationProfile;
import org.s3coop.region.domain.JointPartnership;
import org.s3coop.region.domain.PartnershipParticipation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The cooperation read model's tables: the version and priority of each partnership seen ({@code partnership_seen})
 * and which regions take part in it, at which stage and status ({@code partnership_participation}).
 */
@ApplicationScoped
@WithSession
public class CooperationRepository {

    /**
     * The version of the partnership held, its row locked until the transaction ends so that a concurrent event of
     * the same partnership waits; {@code null} when none is held yet. Call inside a transaction.
     */
    public Uni<Long> lockedVersionOf(UUID partnershipId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select version from partnership_seen where partnership_id = :id for update", Long.class)
                .setParameter("id", partnershipId).getResultList())
                .map(versions -> versions.isEmpty() ? null : versions.get(0));
    }

    /**
     * Replaces what is known of the partnership by {@code p}. {@code held}: whether a version of it was held (else
     * its row is inserted, and an event of the same partnership inserting it concurrently fails on the key and is
     * retried). Call inside a transaction, after {@link #lockedVersionOf}.
     */
    public Uni<Void> replace(PartnershipParticipation p, boolean held) {
        String seen = held ? "update partnership_seen set version = :version, priority = :priority where partnership_id = :id"
                : "insert into partnership_seen (partnership_id, version, priority) values (:id, :version, :priority)";
        return Panache.getSession().chain(s -> s.createNativeQuery(seen)
                .setParameter("id", p.partnershipId()).setParameter("version", p.version())
                .setParameter("priority", p.priorityKey()).executeUpdate()
                .chain(() -> s.createNativeQuery("delete from partnership_participation where partnership_id = :id")
                        .setParameter("id", p.partnershipId()).executeUpdate())
                .chain(() -> insertAll(s, p)));
    }

    private Uni<Void> insertAll(Mutiny.Session s, PartnershipParticipation p) {
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

    /** The other regions of {@code region}'s active partnerships, each with the partnership's priority. */
    public Uni<List<JointPartnership>> jointPartnerships(String region) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select distinct other.region_code, seen.priority "
                + "from partnership_participation mine "
                + "join partnership_participation other on other.partnership_id = mine.partnership_id "
                + "and other.region_code <> mine.region_code "
                + "join partnership_seen seen on seen.partnership_id = mine.partnership_id "
                + "where mine.region_code = :region and mine.status = 'ACTIVE' and seen.priority is not null", Object[].class)
                .setParameter("region", region).getResultList())
                .map(rows -> rows.stream().map(r -> new JointPartnership((String) r[0], (String) r[1])).toList());
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
