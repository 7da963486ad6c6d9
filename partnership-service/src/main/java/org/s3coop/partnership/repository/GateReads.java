package org.s3coop.partnership.repository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.s3coop.partnership.domain.JsonColumns;
import org.s3coop.partnership.domain.KnownRegion;
import org.s3coop.partnership.domain.ProjectStatus;
import org.s3coop.platform.persistence.SessionSql;
import org.s3coop.platform.persistence.SqlValues;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * What a gate reads beyond the partnership, in ONE statement on the caller's session ({@link SessionSql}: the
 * transition's transaction, after its row lock, its pending changes flushed first as the HQL queries' auto-flush did):
 * the region read model's view of the member regions, the open BLOCKING challenges on the partnership or on its active
 * member regions, and its FUNDED or RUNNING investment projects. The codes are bound as arrays ({@code = any($n)}),
 * so the statement is the same whatever the number of members. Which project statuses count is the domain's rule
 * ({@link ProjectStatus#fundedOrRunning}), bound as a parameter too.
 */
@ApplicationScoped
@WithSession
public class GateReads {
    static final String INPUTS = "select r.code, r.name, r.country, r.active, r.priorities, r.version, r.updated_at,"
            + " (select count(*) from tracked_challenge c where c.blocking"
            + " and (c.partnership_id = $1 or c.region_code = any($2))),"
            + " (select count(*) from investment_project j where j.partnership_id = $3 and j.status = any($4))"
            + " from (values (1)) one left join known_region r on r.code = any($5)";
    private static final String[] FUNDED = ProjectStatus.fundedOrRunning().stream().map(Enum::name).toArray(String[]::new);
    private static final JsonColumns.RegionPriorities PRIORITIES = new JsonColumns.RegionPriorities();

    /** The read models' and the projects' figures a gate evaluates. */
    public record Inputs(Map<String, KnownRegion> regions, long blockingChallenges, long fundedProjects) {
    }

    /**
     * For the partnership {@code id} with members {@code memberCodes}, of which {@code activeCodes} ACTIVE: the known
     * regions among the members (by code; unknown ones absent), the open blocking challenges, the funded projects.
     */
    public Uni<Inputs> of(UUID id, Collection<String> memberCodes, Collection<String> activeCodes) {
        return Panache.getSession().chain(Mutiny.Session::flush).chain(() -> SessionSql.select(INPUTS, id.toString(), activeCodes.toArray(String[]::new), id, FUNDED,
                memberCodes.toArray(String[]::new))).map(GateReads::inputs);
    }

    private static Inputs inputs(List<Object[]> rows) {
        Map<String, KnownRegion> regions = new LinkedHashMap<>();
        for (Object[] r : rows) {
            if (r[0] != null) {
                KnownRegion region = new KnownRegion();
                region.code = (String) r[0];
                region.name = (String) r[1];
                region.country = (String) r[2];
                region.active = (Boolean) r[3];
                region.priorities = PRIORITIES.convertToEntityAttribute((String) r[4]);
                region.version = ((Number) r[5]).longValue();
                region.updatedAt = SqlValues.offsetDateTime(r[6]);
                regions.put(region.code, region);
            }
        }
        Object[] first = rows.get(0);
        return new Inputs(regions, ((Number) first[7]).longValue(), ((Number) first[8]).longValue());
    }
}
