package org.s3coop.region.repository;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.region.domain.CooperationProfile;
import org.s3coop.region.domain.NutsRegion;
import org.s3coop.region.domain.PrioritiesConverter;
import org.s3coop.region.domain.Region;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The hot read of one region ({@code GET /api/v1/regions/{code}}) in one statement on the reactive SQL client, off
 * the ORM: the region's row, its entry in the NUTS classification and its cooperation profile (the read model's
 * counts by status, stage and lead), one row per count. The same values as {@link RegionRepository},
 * {@link NutsRepository} and {@link CooperationRepository} read in three round trips; only reads, no session.
 */
@ApplicationScoped
public class RegionReads {
    /** A region with what a reader sees of it; {@code classification} null for a code the classification lacks. */
    public record Found(Region region, CooperationProfile cooperation, NutsRegion classification) {
    }

    /** The statement's columns, in order: read by position ({@link #at}), not by a name search per value. */
    private static final List<String> COLUMNS = List.of("code", "name", "official_name", "country", "level",
            "nuts_version", "priorities", "priority_codes", "active", "version", "created_at", "updated_at", "n_code",
            "n_level", "n_country", "n_parent", "n_name", "n_search_name", "n_area_km2", "n_x_3035", "n_y_3035", "n_lon",
            "n_lat", "status", "stage", "is_lead", "partnerships");
    private static final String ONE = "select r.code, r.name, r.official_name, r.country, r.level, r.nuts_version, "
            + "r.priorities, r.priority_codes, r.active, r.version, r.created_at, r.updated_at, "
            + "n.code as n_code, n.level as n_level, n.country as n_country, n.parent as n_parent, n.name as n_name, "
            + "n.search_name as n_search_name, n.area_km2 as n_area_km2, n.x_3035 as n_x_3035, n.y_3035 as n_y_3035, "
            + "n.lon as n_lon, n.lat as n_lat, p.status, p.stage, p.is_lead, p.partnerships "
            + "from region r left join nuts_region n on n.code = r.code "
            + "left join lateral (select status, stage, is_lead, count(*) as partnerships from partnership_participation "
            + "where region_code = r.code group by status, stage, is_lead) p on true where r.code = $1";
    private static final Map<String, Integer> POSITIONS = IntStream.range(0, COLUMNS.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(COLUMNS::get, i -> i));
    private static final PrioritiesConverter PRIORITIES = new PrioritiesConverter();

    @Inject
    Pool pool;

    /** The region under {@code code} with its cooperation profile and classification entry; null when none. */
    public Uni<Found> find(String code) {
        return pool.preparedQuery(ONE).execute(Tuple.of(code)).map(RegionReads::found);
    }

    private static Found found(RowSet<Row> rows) {
        Region region = null;
        NutsRegion unit = null;
        CooperationProfile profile = CooperationProfile.none();
        for (Row row : rows) {
            if (region == null) {
                region = region(row);
                unit = row.getString(at("n_code")) == null ? null : unit(row);
            }
            String status = row.getString(at("status"));
            if (status != null) {
                profile = profile.plus(status, row.getString(at("stage")), row.getBoolean(at("is_lead")),
                        row.getLong(at("partnerships")).intValue());
            }
        }
        return region == null ? null : new Found(region, profile, unit);
    }

    private static Region region(Row row) {
        Region r = new Region();
        r.code = row.getString(at("code"));
        r.name = row.getString(at("name"));
        r.officialName = row.getString(at("official_name"));
        r.country = row.getString(at("country"));
        r.level = row.getInteger(at("level"));
        r.nutsVersion = row.getString(at("nuts_version"));
        r.priorities = PRIORITIES.convertToEntityAttribute(row.getString(at("priorities")));
        r.priorityCodes = row.getString(at("priority_codes"));
        r.active = row.getBoolean(at("active"));
        r.version = row.getLong(at("version"));
        r.createdAt = row.getOffsetDateTime(at("created_at"));
        r.updatedAt = row.getOffsetDateTime(at("updated_at"));
        return r;
    }

    /** The position of {@code column} in the statement (a column missing from {@link #COLUMNS} fails loudly). */
    private static int at(String column) {
        return POSITIONS.get(column);
    }

    private static NutsRegion unit(Row row) {
        NutsRegion n = new NutsRegion();
        n.code = row.getString(at("n_code"));
        n.level = row.getInteger(at("n_level"));
        n.country = row.getString(at("n_country"));
        n.parent = row.getString(at("n_parent"));
        n.name = row.getString(at("n_name"));
        n.searchName = row.getString(at("n_search_name"));
        n.areaKm2 = row.getDouble(at("n_area_km2"));
        n.x3035 = row.getInteger(at("n_x_3035"));
        n.y3035 = row.getInteger(at("n_y_3035"));
        n.lon = row.getDouble(at("n_lon"));
        n.lat = row.getDouble(at("n_lat"));
        return n;
    }
}
