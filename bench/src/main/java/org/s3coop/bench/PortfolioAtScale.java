package org.s3coop.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The portfolio at scale, on its own (issue 15; the full benchmark measures it in its scale step too): PostgreSQL,
 * Kafka and the packaged partnership-service ({@code -Xmx256m}), the scale scenario's partnership data
 * ({@link ScaleData#loadPartnerships}: 100,000 partnerships, 1,000,000 history rows, 50,000 investment projects,
 * 125,000 monitoring reports, the portfolio's cells and stay cells rebuilt), then {@code GET /api/v1/portfolio} unfiltered and
 * filtered from two connections in a closed loop: p50/p99 per query, and the query plans of the cells and of the
 * stay cells (and of their rebuilds from scratch). Prints a Markdown report.
 * <pre>./mvnw -q -pl bench -am package -DskipTests -Dasyncapi.skip
 * java -Ds3coop.root=. -cp bench/target/classes:$(cat bench/target/bench.classpath) org.s3coop.bench.PortfolioAtScale [requests]</pre>
 */
public final class PortfolioAtScale {
    private PortfolioAtScale() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path root = Path.of(System.getProperty("s3coop.root", "..")).toAbsolutePath().normalize();
        Path work = root.resolve("bench/target/portfolio-at-scale");
        try (Stack stack = new Stack(root, work, List.of("-Xmx256m"))) {
            Stack.Service partnership = stack.startOnly("partnership-service", "partnership");
            List<String> codes = ScaleData.codesFromClassification(root);
            long t0 = System.nanoTime();
            ScaleData.loadPartnerships(stack.jdbcUrl("partnership"), codes);
            Console.say("scale data loaded in %.0f s", (System.nanoTime() - t0) / 1e9);
            String country = codes.get(2).substring(0, 2);
            List<String> queries = List.of("", "priority=C20", "country=" + country, "stage=PILOT&programme="
                    + "INTERREGIONAL_COOPERATION");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String prefix = partnership.url() + "/api/v1/portfolio?";
            SearchAtScale.run(http, prefix, queries, queries.size() * 2, 2, new LinkedHashMap<>()); // warm-up
            Map<String, Latencies> byQuery = new LinkedHashMap<>();
            String loadBefore = SearchAtScale.load();
            long start = System.nanoTime();
            Latencies all = SearchAtScale.run(http, prefix, queries, requests, 2, byQuery);
            double seconds = (System.nanoTime() - start) / 1e9;
            StringBuilder md = new StringBuilder("# Portfolio at scale (PortfolioAtScale)\n\n")
                    .append("partnership-service (-Xmx256m), embedded PostgreSQL; 100,000 partnerships, 1,000,000 history ")
                    .append("rows, 50,000 investment projects, 125,000 monitoring reports. ").append(requests)
                    .append(" requests from 2 connections, closed loop, after a warm-up.\n\n")
                    .append("| GET /api/v1/portfolio? | requests | p50 (ms) | p99 (ms) | max (ms) |\n|---|---:|---:|---:|---:|\n");
            byQuery.forEach((q, l) -> SearchAtScale.row(md, q.isEmpty() ? "(no filter)" : q, l.result(q, seconds)));
            SearchAtScale.row(md, "**all**", all.result("all", seconds));
            md.append(String.format(Locale.ROOT, "%nLoad average (1 min): %s at the start, %s at the end, on %d cores.%n%n",
                    loadBefore, SearchAtScale.load(), Runtime.getRuntime().availableProcessors()));
            Map<String, String[]> plans = new LinkedHashMap<>();
            plans.put("portfolio: cells (unfiltered)", new String[] { "partnership", ScaleData.PORTFOLIO_CELLS });
            plans.put("portfolio: counts by stage and status before issue 15 (per request)", new String[] { "partnership",
                    "select stage, status, count(*) from partnership group by stage, status" });
            plans.put("portfolio: stay and revert cells (unfiltered)", new String[] { "partnership",
                    ScaleData.PORTFOLIO_STAY_CELLS });
            plans.put("portfolio: stay and revert cells (country=" + country + "&priority=C20)", new String[] { "partnership",
                    ScaleData.PORTFOLIO_STAY_CELLS_FILTERED.formatted(country, "C20") });
            plans.put("portfolio: stay cells from scratch (the rebuild)", new String[] { "partnership",
                    ScaleData.stayCellsFromScratch() });
            plans.put("portfolio: cells from scratch (the rebuild)", new String[] { "partnership",
                    ScaleData.cellsFromScratch() });
            ScaleData.plans(stack::jdbcUrl, plans).forEach((name, plan) -> md.append("## ").append(name)
                    .append("\n\n```\n").append(plan).append("```\n\n"));
            System.out.println(md);
            Files.writeString(work.resolve("report.md"), md);
        }
    }
}
