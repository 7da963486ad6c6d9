package org.s3coop.region.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.platform.readmodel.ReadModelStatement;
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
     * Replaces what is known of the partnership by {@code p} if {@code p} is newer than the version held, as the read
     * model's part of the consumer's ONE statement ({@link ReadModelStatement}: only on the event's first delivery):
     * the upsert of {@code partnership_seen} (it takes the row's lock, so a concurrent event of the same partnership
     * waits, and a concurrent first insert is resolved by the key rather than failing on it), then, only if it
     * changed the row, the partnership's participation rows deleted and inserted anew (the insert reads the delete's
     * count, so it runs after it; a row deleted by the same statement does not conflict with its replacement). The
     * statement counts the rows of {@code partnership_seen} it changed (0: the event was stale).
     */
    public ReadModelStatement.Change replaceIfNewer(PartnershipParticipation p) {
        String[] regions = p.regions().toArray(String[]::new);
        return REPLACE_IF_NEWER.bind(p.partnershipId(), p.version(), p.priorityKey(), p.leadRegion(), p.stage(),
                p.status(), regions);
    }

    private static final ReadModelStatement REPLACE_IF_NEWER = ReadModelStatement.of(7, "seen as (insert into "
            + "partnership_seen (partnership_id, version, priority) select $1, $2, $3 where "
            + ReadModelStatement.ON_FIRST_DELIVERY + " on conflict (partnership_id) do update set version = "
            + "excluded.version, priority = excluded.priority where partnership_seen.version < excluded.version "
            + "returning partnership_id), "
            + "gone as (delete from partnership_participation p using seen where p.partnership_id = seen.partnership_id "
            + "returning 1), "
            + "joined as (insert into partnership_participation (partnership_id, region_code, is_lead, stage, status) "
            + "select seen.partnership_id, r.code, r.code = $4, $5, $6 from seen cross join unnest($7::text[]) r (code) "
            + "where (select count(*) from gone) >= 0 returning 1)", "(select count(*) from seen)");

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
