package org.s3coop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scale scenario's data, loaded straight into the three databases with {@code generate_series}, consistent with
 * the Flyway schemas: 300 NUTS 3 regions (real NUTS 2024 codes, taken in turn from every country that has them, so
 * that regions n and n + 7 are of two countries), 100,000 partnerships of two of them with
 * 1,000,000 history rows (a proposal and nine transitions each), and the read models the other services keep of
 * them (region-service: participation; challenge-service: known partnerships and regions) plus the learning loop:
 * 20,000 challenges, 5,000 adopted solutions published as 5,000 good practices (each adopted by two regions) and 300
 * meetings, their texts drawn from a vocabulary of {@value #VOCABULARY_SIZE} words (some accented) so that full-text
 * search meets realistic selectivity. Afterwards every table is ANALYZEd, as autovacuum would.
 */
final class ScaleData {
    static final int REGIONS = 300;
    static final int PARTNERSHIPS = 100_000;
    static final int HISTORY_PER_PARTNERSHIP = 10;
    static final int CHALLENGES = 20_000;
    static final int PRACTICES = 5_000;
    static final int MEETINGS = 300;

    /** The words of the learning loop's texts: interregional-cooperation jargon, a few accented. */
    static final String[] VOCABULARY = ("capacity staff time resources secretariat coordination officer training skills "
            + "funding budget cofinancing grant loan investment synergies programme call instrument interreg horizon "
            + "erdf i3 strategy priority alignment ecosystem synchronisation roadmap governance leadership commitment "
            + "ministry parliament election mandate stakeholder industry company cluster university research "
            + "civil society citizens helix engagement motivation knowledge monitoring indicator evaluation data "
            + "platform mapping partner complementarity value chain pilot demonstrator scale-up testbed laboratory "
            + "hydrogen electrolyser battery solar wind grid island energy mobility port maritime blue textile "
            + "fibre recycling circular packaging biobased plastics agrifood dairy wine forestry timber health "
            + "hospital patient digital twin artificial intelligence semiconductor chips sensors robotics space "
            + "tourism culture creative region região cooperação innovación économie zusammenarbeit współpraca "
            + "συνεργασία peer review study visit webinar workshop kick-off minutes decision lesson practice "
            + "transfer adaptation implementation barrier obstacle bottleneck solution agreement memorandum "
            + "letter procurement state-aid notification legal framework harmonisation standard certification")
            .split(" ");
    static final int VOCABULARY_SIZE = 140;

    /** SQL expression: {@code n} words of the vocabulary for row {@code g}, the {@code salt}-th text of that row. */
    static String words(String g, int salt, int n) {
        return "(select string_agg(w.words[1 + abs(hashtext((" + g + ") || '-' || k || '-" + salt + "')) % "
                + VOCABULARY.length + "], ' ') from generate_series(1, " + n + ") k, (select " + vocabularyArray()
                + " as words) w)";
    }

    private static String vocabularyArray() {
        StringBuilder sb = new StringBuilder("array[");
        for (int i = 0; i < VOCABULARY.length; i++) {
            sb.append(i == 0 ? "" : ",").append('\'').append(VOCABULARY[i]).append('\'');
        }
        return sb.append(']').toString();
    }

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

    /** The same 300 codes read from the vendored classification (for a run without region-service's database). */
    static List<String> codesFromClassification(Path root) throws IOException {
        Map<String, List<String>> byCountry = new TreeMap<>();
        for (String line : Files.readAllLines(root.resolve("region-service/src/main/resources/nuts-2024/nuts-2024.csv"))) {
            String[] cells = line.split(",", -1);
            if (cells[1].equals("3") && !cells[6].isEmpty()) {
                byCountry.computeIfAbsent(cells[2], c -> new ArrayList<>()).add(cells[0]);
            }
        }
        byCountry.values().forEach(Collections::sort);
        List<String> codes = new ArrayList<>();
        for (int k = 0; codes.size() < REGIONS; k++) {
            for (List<String> country : byCountry.values()) {
                if (k < country.size() && codes.size() < REGIONS) {
                    codes.add(country.get(k));
                }
            }
        }
        return codes;
    }

    /** partnership-service's read of the portfolio's cells, unfiltered (PortfolioCellRepository.read). */
    static final String PORTFOLIO_CELLS = "select programme, stage, status, instrument, project_status, sum(partnerships), "
            + "sum(projects), sum(requested_eur), sum(granted_eur) from (select * from portfolio_cell where country = '' "
            + "union all select * from portfolio_delta where country = '') c group by 1, 2, 3, 4, 5";
    /** partnership-service's read of the stay and revert cells, unfiltered (PortfolioStayRepository.read). */
    static final String PORTFOLIO_STAY_CELLS = "select kind, subject, hour, sum(stays) from (select kind, subject, hour, stays "
            + "from portfolio_stay_cell where country = '' union all select kind, subject, hour, stays from "
            + "portfolio_stay_delta where country = '') c group by 1, 2, 3 having sum(stays) <> 0";
    /** The same with the {@code country} and {@code priority} filters. */
    static final String PORTFOLIO_STAY_CELLS_FILTERED = "select kind, subject, hour, sum(stays) from (select kind, subject, "
            + "hour, stays from portfolio_stay_cell where country = '%1$s' and priority_code = '%2$s' union all select kind, "
            + "subject, hour, stays from portfolio_stay_delta where country = '%1$s' and priority_code = '%2$s') c "
            + "group by 1, 2, 3 having sum(stays) <> 0";
    /** challenge-service's read of the summary's counts (OpenChallengeCountRepository.all). */
    static final String OPEN_CHALLENGE_COUNTS = "select cluster_code, severity, stage, open from open_challenge_count "
            + "where open <> 0";
    static final String INSTRUMENTS = "array['I3_STRAND_1','I3_STRAND_2A','I3_STRAND_2B','INTERREG','HORIZON_EUROPE',"
            + "'ERDF','NATIONAL','REGIONAL','PRIVATE','OTHER']";
    static final String PROJECT_STATUSES = "array['IDEA','PREPARING','SUBMITTED','FUNDED','REJECTED','RUNNING',"
            + "'COMPLETED','WITHDRAWN']";
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
        loadPartnerships(jdbcUrl.apply("partnership"), codes);
        loadChallenges(jdbcUrl.apply("challenge"), codes);
        return codes;
    }

    /** partnership-service's part: its region read model, the partnerships and their history, projects, reports. */
    static void loadPartnerships(String url, List<String> codes) throws SQLException {
        Function<String, String> regionCode = n -> regionCode(codes, n);
        exec(url,
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
                // issue 15: one investment project per two partnerships, every instrument and status
                "insert into investment_project (id, partnership_id, title, instrument, regions, organisations, trl_start, "
                        + "trl_target, budget_eur, requested_eur, granted_eur, starts_on, ends_on, status, version, created_at, "
                        + "updated_at) select md5('x' || g)::uuid, md5('p' || g)::uuid, 'Scale project ' || g, (" + INSTRUMENTS
                        + ")[1 + g % 10], '[]', '[]', 3 + g % 3, 6 + g % 3, (1 + g % 50) * 200000, (1 + g % 50) * 100000, "
                        + "case when (g / 2) % 8 in (3, 5, 6) then (1 + g % 50) * 80000 end, date '2025-01-01', "
                        + "date '2027-12-31', (" + PROJECT_STATUSES + ")[1 + (g / 2) % 8], 3, "
                        + "timestamptz '2024-06-01' + (g || ' minutes')::interval, timestamptz '2024-06-01' + (g || ' minutes')::interval "
                        + "from generate_series(2, " + PARTNERSHIPS + ", 2) g",
                // two half-years of reports: 2025-H2 submitted by three partnerships in four (the fourth is overdue),
                // 2026-H1 drafted by every other one
                "insert into monitoring_report (id, partnership_id, period, narrative, indicator_values, status, version, "
                        + "created_at, updated_at, submitted_at, submitted_by) select md5('r' || g || k)::uuid, "
                        + "md5('p' || g)::uuid, k, 'Scale report ' || g, '{\"JOBS_CREATED\": ' || g % 20 || '}', "
                        + "case when k = '2025-H2' then 'SUBMITTED' else 'DRAFT' end, 1, timestamptz '2026-01-05', "
                        + "timestamptz '2026-01-05', case when k = '2025-H2' then timestamptz '2026-01-05' end, 'bench' "
                        + "from generate_series(1, " + PARTNERSHIPS + ") g, unnest(array['2025-H2', '2026-H1']) k "
                        + "where (k = '2025-H2' and g % 4 <> 0) or (k = '2026-H1' and g % 2 = 0)",
                "update partnership set last_reported_period = '2025-H2' where id in (select partnership_id from "
                        + "monitoring_report where status = 'SUBMITTED')",
                // the portfolio's cells, recomputed as partnership-service computes them from scratch
                "delete from portfolio_delta", "delete from portfolio_cell",
                "insert into portfolio_cell " + cellsFromScratch(),
                "delete from portfolio_stay_delta", "delete from portfolio_stay_cell",
                "insert into portfolio_stay_cell (programme, priority_code, country, stage, kind, subject, hour, stays) "
                        + stayCellsFromScratch(),
                "analyze");
    }

    /** partnership-service's from-scratch computation of the portfolio's cells (its resource, read from the tree). */
    static String cellsFromScratch() {
        return resource("partnership-service/src/main/resources/portfolio/cells-from-scratch.sql");
    }

    /** partnership-service's from-scratch computation of the stay and revert cells, from the whole history. */
    static String stayCellsFromScratch() {
        return resource("partnership-service/src/main/resources/portfolio/stay-cells-from-scratch.sql");
    }

    /** challenge-service's from-scratch count of the open challenges (the summary's aggregate). */
    static String openCountsFromScratch() {
        return resource("challenge-service/src/main/resources/summary/open-counts-from-scratch.sql");
    }

    /** A SQL resource of the source tree, its comment lines left out. */
    private static String resource(String path) {
        Path file = Path.of(System.getProperty("s3coop.root", "..")).resolve(path);
        try {
            return Files.readString(file).lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** challenge-service's part: its read models of the regions and partnerships, and the learning loop. */
    static void loadChallenges(String url, List<String> codes) throws SQLException {
        Function<String, String> regionCode = n -> regionCode(codes, n);
        exec(url,
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
                        + "'KNOWLEDGE_AND_MONITORING'])[1 + g % 6], initcap(" + words("g", 1, 4) + "), " + words("g", 2, 14)
                        + ", case when g % 10 = 0 then 'REGION' else 'PARTNERSHIP' end, "
                        + "case when g % 10 = 0 then " + regionCode.apply("g") + " else md5('p' || (1 + g * 5 % " + PARTNERSHIPS
                        + "))::uuid::text end, (array['LOW','MEDIUM','HIGH','BLOCKING'])[1 + g % 4], "
                        + "(array['OPEN','OPEN','ADDRESSED','CLOSED','WITHDRAWN'])[1 + g % 5], 'bench', 1, "
                        + "timestamptz '2024-01-01' + (g || ' minutes')::interval, timestamptz '2024-01-01' + (g || ' minutes')::interval "
                        + "from generate_series(1, " + CHALLENGES + ") g",
                // one adopted solution on each of the first PRACTICES challenges, each published as a good practice
                "insert into solution (id, challenge_id, title, description, status, adopting_regions, proposed_by, "
                        + "created_at, updated_at) select md5('s' || g)::uuid, md5('c' || g)::uuid, initcap(" + words("g", 3, 4)
                        + "), " + words("g", 4, 12) + ", 'ADOPTED', '[\"' || " + regionCode.apply("g") + " || '\"]', 'bench', "
                        + "timestamptz '2024-06-01' + (g || ' minutes')::interval, timestamptz '2024-06-01' + (g || ' minutes')::interval "
                        + "from generate_series(1, " + PRACTICES + ") g",
                "insert into practice (id, solution_id, challenge_id, title, summary, context, conditions_for_transfer, "
                        + "contact_organisation, evidence_links, published_by, version, created_at, updated_at) "
                        + "select md5('pr' || g)::uuid, md5('s' || g)::uuid, md5('c' || g)::uuid, initcap(" + words("g", 3, 4)
                        + "), " + words("g", 5, 25) + ", " + words("g", 6, 20) + ", " + words("g", 7, 15)
                        + ", 'Agency of ' || " + regionCode.apply("g") + ", '[]', 'bench', 3, "
                        + "timestamptz '2024-07-01' + (g || ' minutes')::interval, timestamptz '2024-07-01' + (g || ' minutes')::interval "
                        + "from generate_series(1, " + PRACTICES + ") g",
                "insert into practice_adoption (practice_id, region_code, status, adaptation_notes, version, created_at, "
                        + "updated_at) select md5('pr' || g)::uuid, " + regionCode.apply("g + k") + ", "
                        + "(array['PLANNED','IMPLEMENTING','IMPLEMENTED','ABANDONED'])[1 + (g + k) % 4], 'notes', 1, now(), now() "
                        + "from generate_series(1, " + PRACTICES + ") g, generate_series(1, 2) k",
                "insert into meeting (id, title, kind, meeting_date, host_region, agenda, minutes, decisions, status, "
                        + "version, created_by, created_at, updated_at) select md5('m' || g)::uuid, initcap(" + words("g", 8, 4)
                        + "), (array['KICK_OFF','WORKSHOP','PEER_REVIEW','STUDY_VISIT','WEBINAR'])[1 + g % 5], "
                        + "date '2023-06-08' + g * 7, " + regionCode.apply("g") + ", " + words("g", 9, 30) + ", " + words("g", 10, 80)
                        + ", '[]', 'MINUTES_PUBLISHED', 3, 'bench', now(), now() from generate_series(1, " + MEETINGS + ") g",
                // the summary's counts, recomputed as challenge-service computes them from scratch
                "delete from open_challenge_count", "insert into open_challenge_count " + openCountsFromScratch(),
                "analyze");
    }

    /**
     * The SQL of challenge-service's search (its {@code search/hits.sql} and {@code search/page.sql}, read from the
     * source tree under {@code root}) with the parameters of a first page of 20 over every kind, for {@code q}.
     */
    static String searchSql(Path root, String q) throws IOException {
        Path dir = root.resolve("challenge-service/src/main/resources/search");
        String sql = (Files.readString(dir.resolve("hits.sql")) + "\n" + Files.readString(dir.resolve("page.sql")))
                .lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        return sql.replace(":q", "'" + q.replace("'", "''") + "'").replace(":challenges", "true")
                .replace(":solutions", "true").replace(":practices", "true").replace(":meetings", "true")
                .replace(":limit", "20").replace(":offset", "0");
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
