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
 * The challenge summary at scale, on its own (issue 15): PostgreSQL, Kafka and the packaged challenge-service
 * ({@code -Xmx256m}), the scale scenario's challenge data ({@link ScaleData#loadChallenges}: 20,000 challenges on
 * 100,000 known partnerships, the summary's counts rebuilt), then {@code GET /api/v1/challenges/summary} from two
 * connections in a closed loop: p50/p99, and the query plans of the kept counts and of the count per request it
 * replaced. Prints a Markdown report.
 * <pre>./mvnw -q -pl bench -am package -DskipTests -Dasyncapi.skip
 * java -Ds3coop.root=. -cp bench/target/classes:$(cat bench/target/bench.classpath) org.s3coop.bench.SummaryAtScale [requests]</pre>
 */
public final class SummaryAtScale {
    private SummaryAtScale() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path root = Path.of(System.getProperty("s3coop.root", "..")).toAbsolutePath().normalize();
        Path work = root.resolve("bench/target/summary-at-scale");
        try (Stack stack = new Stack(root, work, List.of("-Xmx256m"))) {
            Stack.Service challenge = stack.startOnly("challenge-service", "challenge");
            ScaleData.loadChallenges(stack.jdbcUrl("challenge"), ScaleData.codesFromClassification(root));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String prefix = challenge.url() + "/api/v1/challenges/summary";
            List<String> queries = List.of("");
            SearchAtScale.run(http, prefix, queries, 50, 2, new LinkedHashMap<>()); // warm-up
            Map<String, Latencies> byQuery = new LinkedHashMap<>();
            String loadBefore = SearchAtScale.load();
            long start = System.nanoTime();
            Latencies all = SearchAtScale.run(http, prefix, queries, requests, 2, byQuery);
            double seconds = (System.nanoTime() - start) / 1e9;
            StringBuilder md = new StringBuilder("# Challenge summary at scale (SummaryAtScale)\n\n")
                    .append("challenge-service (-Xmx256m), embedded PostgreSQL; 20,000 challenges, 100,000 known ")
                    .append("partnerships. ").append(requests).append(" requests from 2 connections, closed loop, after a ")
                    .append("warm-up.\n\n| GET /api/v1/challenges/summary | requests | p50 (ms) | p99 (ms) | max (ms) |\n")
                    .append("|---|---:|---:|---:|---:|\n");
            SearchAtScale.row(md, "summary", all.result("all", seconds));
            md.append(String.format(Locale.ROOT, "%nLoad average (1 min): %s at the start, %s at the end, on %d cores.%n%n",
                    loadBefore, SearchAtScale.load(), Runtime.getRuntime().availableProcessors()));
            Map<String, String[]> plans = new LinkedHashMap<>();
            plans.put("challenges/summary: the kept counts", new String[] { "challenge", ScaleData.OPEN_CHALLENGE_COUNTS });
            plans.put("challenges/summary before: by stage (per request)", new String[] { "challenge",
                    "select p.stage, c.cluster_code, count(c.id) from challenge c join known_partnership p on p.id = "
                            + "c.scope_ref where c.status = 'OPEN' group by p.stage, c.cluster_code" });
            plans.put("challenges/summary: the counts from scratch (the rebuild)", new String[] { "challenge",
                    ScaleData.openCountsFromScratch() });
            ScaleData.plans(stack::jdbcUrl, plans).forEach((name, plan) -> md.append("## ").append(name)
                    .append("\n\n```\n").append(plan).append("```\n\n"));
            System.out.println(md);
            Files.writeString(work.resolve("report.md"), md);
        }
    }
}
