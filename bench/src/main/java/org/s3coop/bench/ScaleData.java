package org.s3coop.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The scale scenario's data, loaded straight into the three databases with {@code generate_series}, consistent with
 * the Flyway schemas: 300 NUTS 3 regions (real NUTS 2024 codes, taken in turn from every country that has them, so
 * that regions n and n + 7 are of two countries), 100,000 partnerships of two of them with
 * 1,000,000 history rows (a proposal and nine transitions each), and the read models the other services keep of
 * them (region-service: participation; challenge-service: known partnerships and regions) plus 20,000 challenges.
 * Afterwards every table is ANALYZEd, as autovacuum would.
 */
final class ScaleData {
    static final int REGIONS = 300;
    static final int PARTNERSHIPS = 100_000;
    static final int HISTORY_PER_PARTNERSHIP = 10;
    static final int CHALLENGES = 20_000;

    /**
     * The regions' codes: NUTS 3 codes of the classification (region-service's {@code nuts_region}), the first of
     * every country, then the second of every country, and so on, 300 of them.
     */
    static final String CODES = "select code from (select code, country, row_number() over (partition by country "
            + "order by code) as k from nuts_region where level = 3 and lon is not null) ranked order by k, country "
            + "limit " + REGIONS;

    /** SQL expression: the code of region number {@code n} (taken modulo 300) of {@code codes}. */
    static String regionCode(List<String> codes, String n) {
        return "(array['" + String.join("','", codes) + "'])[1 + ((" + n + ") % " + codes.size() + ")]";
    }

    static final String PRIORITIES = "array['C10','C11','C20','C21','C22','C26','C27','C28','C29','C30']";

    private ScaleData() {
    }

    /** Loads the data; answers the regions' codes (region number n is {@code codes.get(n)}). */
    static List<String> load(Function<String, String> jdbcUrl) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl.apply("region"), "postgres", "");
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery(CODES)) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        Function<String, String> regionCode = n -> regionCode(codes, n);
        exec(jdbcUrl.apply("region"),
                "insert into region (code, name, country, level, nuts_version, priorities, priority_codes, active, version,"
                        + " created_at, updated_at) select " + regionCode.apply("g") + ", 'Scale region ' || g, "
                        + "substr(" + regionCode.apply("g") + ", 1, 2), 3, '2024', "
                        + "'[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"' || (" + PRIORITIES + ")[1 + g % 10] || '\",\"label\":\"x\"},"
                        + "{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"' || (" + PRIORITIES + ")[1 + (g / 10) % 10] || '\",\"label\":\"y\"},"
                        + "{\"family\":\"POLICY_OBJECTIVE\",\"code\":\"GREEN_TRANSITION\",\"label\":\"z\"}]', "
                        + "'|' || (" + PRIORITIES + ")[1 + g % 10] || '|' || (" + PRIORITIES + ")[1 + (g / 10) % 10] || '|GREEN_TRANSITION|', "
                        + "g % 50 <> 0, 1, now(), now() from generate_series(0, " + (REGIONS - 1) + ") g",
                "update region set official_name = n.name from nuts_region n where n.code = region.code",
                "insert into partnership_seen (partnership_id, version) select md5('p' || g)::uuid, 10 "
                        + "from generate_series(1, " + PARTNERSHIPS + ") g",
                "insert into partnership_participation (partnership_id, region_code, is_lead, stage, status) "
                        + "select md5('p' || g)::uuid, " + regionCode.apply("g") + ", true, "
                        + "(array['SCOPING','MAPPING','PILOT','SCALE_UP'])[1 + g % 4], "
                        + "(array['ACTIVE','ACTIVE','ACTIVE','ON_HOLD','CLOSED'])[1 + g % 5] from generate_series(1, "
                        + PARTNERSHIPS + ") g union all "
                        + "select md5('p' || g)::uuid, " + regionCode.apply("g + 7") + ", false, "
                        + "(array['SCOPING','MAPPING','PILOT','SCALE_UP'])[1 + g % 4], "
                        + "(array['ACTIVE','ACTIVE','ACTIVE','ON_HOLD','CLOSED'])[1 + g % 5] from generate_series(1, "
                        + PARTNERSHIPS + ") g",
                "analyze");
        exec(jdbcUrl.apply("partnership"),
                "insert into known_region (code, name, country, active, priorities, version, updated_at) "
                        + "select " + regionCode.apply("g") + ", 'Scale region ' || g, substr(" + regionCode.apply("g") + ", 1, 2), true, "
                        + "'[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"' || (" + PRIORITIES + ")[1 + g % 10] || '\",\"label\":\"x\"}]', "
                        + "1, now() from generate_series(0, " + (REGIONS - 1) + ") g",
                "insert into partnership (id, title, priority_family, priority_code, lead_region, members, member_codes, "
                        + "participants, stage, status, outcome, scoping_note, rescoping_recommended, stage_entered_at, version, "
                        + "created_at, updated_at) select md5('p' || g)::uuid, 'Scale partnership ' || g, 'ECONOMIC_DOMAIN', "
                        + "(" + PRIORITIES + ")[1 + g % 10], " + regionCode.apply("g") + ", "
                        + "'[{\"regionCode\":\"' || " + regionCode.apply("g") + " || '\",\"role\":\"LEAD\",\"contribution\":\"a\",\"status\":\"ACTIVE\"},"
                        + "{\"regionCode\":\"' || " + regionCode.apply("g + 7") + " || '\",\"role\":\"PARTNER\",\"contribution\":\"b\",\"status\":\"ACTIVE\"}]', "
                        + "'|' || " + regionCode.apply("g") + " || '|' || " + regionCode.apply("g + 7") + " || '|', '[]', "
                        + "(array['SCOPING','MAPPING','PILOT','SCALE_UP'])[1 + g % 4], "
                        + "(array['ACTIVE','ACTIVE','ACTIVE','ON_HOLD','CLOSED'])[1 + g % 5], "
                        + "case when g % 5 = 4 then 'COMPLETED' end, "
                        + "'{\"objective\":\"o\",\"draftActionPlan\":\"p\"}', g % 997 = 0, "
                        + "timestamptz '2024-01-01' + (g || ' minutes')::interval + interval '9 days', 10, "
                        + "timestamptz '2024-01-01' + (g || ' minutes')::interval, "
                        + "timestamptz '2024-01-01' + (g || ' minutes')::interval + interval '9 days' "
                        + "from generate_series(1, " + PARTNERSHIPS + ") g",
                // a proposal, then ADVANCE, ADVANCE, REVERT (x3): 10 rows per partnership, in order
                "insert into stage_transition (partnership_id, action, from_stage, to_stage, from_status, to_status, trigger, "
                        + "reason, actor, occurred_at, version) select md5('p' || g)::uuid, "
                        + "case when k = 0 then 'PROPOSE' when k % 3 = 0 then 'REVERT' else 'ADVANCE' end, "
                        + "case when k = 0 then null when k % 3 = 1 then 'SCOPING' when k % 3 = 2 then 'MAPPING' else 'PILOT' end, "
                        + "case when k % 3 = 0 then 'SCOPING' when k % 3 = 1 then 'MAPPING' else 'PILOT' end, "
                        + "case when k = 0 then null else 'ACTIVE' end, 'ACTIVE', "
                        + "case when k > 0 and k % 3 = 0 then 'OTHER' end, case when k > 0 and k % 3 = 0 then 'scale' end, "
                        + "'bench', timestamptz '2024-01-01' + (g || ' minutes')::interval + (k || ' days')::interval, k + 1 "
                        + "from generate_series(1, " + PARTNERSHIPS + ") g, generate_series(0, " + (HISTORY_PER_PARTNERSHIP - 1)
                        + ") k order by g, k",
                "analyze");
        exec(jdbcUrl.apply("challenge"),
                "insert into known_region (code, country, name, active, version) select " + regionCode.apply("g") + ", substr("
                        + regionCode.apply("g") + ", 1, 2), 'Scale region ' || g, true, 1 from generate_series(0, " + (REGIONS - 1) + ") g",
                "insert into known_partnership (id, title, stage, status, member_regions, version) "
                        + "select md5('p' || g)::uuid::text, 'Scale partnership ' || g, "
                        + "(array['SCOPING','MAPPING','PILOT','SCALE_UP'])[1 + g % 4], "
                        + "(array['ACTIVE','ACTIVE','ACTIVE','ON_HOLD','CLOSED'])[1 + g % 5], "
                        + "'|' || " + regionCode.apply("g") + " || '|' || " + regionCode.apply("g + 7") + " || '|', 10 "
                        + "from generate_series(1, " + PARTNERSHIPS + ") g",
                "insert into challenge (id, cluster_code, title, description, scope_type, scope_ref, severity, status, "
                        + "raised_by, version, created_at, updated_at) select md5('c' || g)::uuid, "
                        + "(array['CAPACITY','ALIGNING_ECOSYSTEMS','FUNDING','GOVERNANCE','STAKEHOLDER_ENGAGEMENT',"
                        + "'KNOWLEDGE_AND_MONITORING'])[1 + g % 6], 'Scale challenge ' || g, '', "
                        + "case when g % 10 = 0 then 'REGION' else 'PARTNERSHIP' end, "
                        + "case when g % 10 = 0 then " + regionCode.apply("g") + " else md5('p' || (1 + g * 5 % " + PARTNERSHIPS
                        + "))::uuid::text end, (array['LOW','MEDIUM','HIGH','BLOCKING'])[1 + g % 4], "
                        + "(array['OPEN','OPEN','ADDRESSED','CLOSED','WITHDRAWN'])[1 + g % 5], 'bench', 1, "
                        + "timestamptz '2024-01-01' + (g || ' minutes')::interval, timestamptz '2024-01-01' + (g || ' minutes')::interval "
                        + "from generate_series(1, " + CHALLENGES + ") g",
                "analyze");
        return codes;
    }

    static void exec(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of each query, run against its database; the plan text by query name. */
    static Map<String, String> plans(Function<String, String> jdbcUrl, Map<String, String[]> queries) throws SQLException {
        Map<String, String> plans = new LinkedHashMap<>();
        for (var q : queries.entrySet()) {
            try (Connection c = DriverManager.getConnection(jdbcUrl.apply(q.getValue()[0]), "postgres", "");
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("explain (analyze, buffers) " + q.getValue()[1])) {
                StringBuilder plan = new StringBuilder();
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
                plans.put(q.getKey(), "-- " + q.getValue()[0] + ": " + q.getValue()[1] + "\n" + plan);
            }
        }
        return plans;
    }
}
