package org.s3coop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.s3coop.platform.embedded.EmbeddedPostgresServer;

/**
 * The search of the learning loop at scale, on its own (the full benchmark measures it in its scale step too):
 * PostgreSQL, Kafka and the packaged challenge-service ({@code -Xmx256m}), the scale scenario's challenge data
 * ({@link ScaleData#loadChallenges}: 20,000 challenges, 5,000 adopted solutions and good practices, 300 meetings),
 * then {@code GET /api/v1/search} from two connections (or the second argument's number) in a closed loop over {@link #QUERIES}: p50/p99 per query and
 * overall, and the query plan ({@code EXPLAIN (ANALYZE, BUFFERS)}) of a typical one. Prints a Markdown report.
 * <pre>./mvnw -q -pl bench -am package -DskipTests -Dasyncapi.skip
 * java -Ds3coop.root=. -cp bench/target/classes:$(cat bench/target/bench.classpath) org.s3coop.bench.SearchAtScale [requests]</pre>
 */
public final class SearchAtScale {
    /** What portals search for: single words (common and rare), two words, accents, a phrase, an exclusion, a kind. */
    static final List<String> QUERIES = List.of("q=secretariat", "q=hydrogen+electrolyser", "q=regiao", "q=cooperação",
            "q=funding+synergies", "q=%22value+chain%22", "q=pilot+-hydrogen", "q=state-aid+notification",
            "q=zusammenarbeit", "q=capacity&types=PRACTICE", "q=lessons+learnt+transfer", "q=practices&page=3");

    private SearchAtScale() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path root = Path.of(System.getProperty("s3coop.root", "..")).toAbsolutePath().normalize();
        Path work = root.resolve("bench/target/search-at-scale");
        try (Stack stack = new Stack(root, work, List.of("-Xmx256m"))) {
            Stack.Service challenge = stack.startOnly("challenge-service", "challenge");
            long t0 = System.nanoTime();
            ScaleData.loadChallenges(stack.jdbcUrl("challenge"), ScaleData.codesFromClassification(root));
            Console.say("scale data loaded in %.0f s", (System.nanoTime() - t0) / 1e9);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            run(http, challenge.url(), QUERIES.size() * 20, 2, new LinkedHashMap<>()); // warm-up
            Map<String, Latencies> byQuery = new LinkedHashMap<>();
            String loadBefore = load();
            long start = System.nanoTime();
            Latencies all = run(http, challenge.url(), requests, connections, byQuery);
            double seconds = (System.nanoTime() - start) / 1e9;

            StringBuilder md = new StringBuilder("# Search at scale (SearchAtScale)\n\n")
                    .append("challenge-service (-Xmx256m), embedded PostgreSQL 14; 20,000 challenges, 5,000 solutions, ")
                    .append("5,000 good practices, 300 meetings. ").append(requests)
                    .append(" requests from " + connections + " connection(s), closed loop, after a warm-up.\n\n")
                    .append("| query | requests | p50 (ms) | p99 (ms) | max (ms) |\n|---|---:|---:|---:|---:|\n");
            byQuery.forEach((q, l) -> row(md, q, l.result(q, seconds)));
            row(md, "**all**", all.result("all", seconds));
            md.append(String.format(Locale.ROOT, "\nThroughput: %.0f requests/s; errors: %d. Load average during the run "
                    + "(/proc/loadavg, 1 min): %s at the start, %s at the end, on %d cores.%n%n", all.count() / seconds,
                    all.result("all", seconds).errors(), loadBefore, load(), Runtime.getRuntime().availableProcessors()));
            database(md, root, stack.jdbcUrl("challenge"));
            var plans = ScaleData.plans(stack::jdbcUrl, Map.of("search q=funding synergies",
                    new String[] { "challenge", ScaleData.searchSql(root, "funding synergies") }));
            plans.forEach((name, plan) -> md.append("## ").append(name).append("\n\n```\n").append(plan).append("```\n"));
            System.out.println(md);
            Files.writeString(work.resolve("report.md"), md);
        }
    }

    /**
     * The same searches straight on the database (JDBC, one connection, the SQL the service runs with the
     * parameters inlined), 50 times each: what PostgreSQL spends, without HTTP, JSON and the service.
     */
    private static void database(StringBuilder md, Path root, String url) throws Exception {
        md.append("In PostgreSQL alone (JDBC, the service's SQL, 50 runs per query after 5 warm-up runs):\n\n")
                .append("| query | p50 (ms) | p99 (ms) | max (ms) |\n|---|---:|---:|---:|\n");
        try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
                Statement st = c.createStatement()) {
            for (String q : List.of("secretariat", "funding synergies", "regiao", "\"value chain\"", "pilot -hydrogen")) {
                String sql = ScaleData.searchSql(root, q);
                Latencies l = new Latencies();
                for (int i = 0; i < 55; i++) {
                    long t = System.nanoTime();
                    try (ResultSet rs = st.executeQuery(sql)) {
                        while (rs.next()) {
                            rs.getString(4);
                        }
                    }
                    if (i >= 5) {
                        l.recordNanos(System.nanoTime() - t);
                    }
                }
                Result r = l.result(q, 1);
                md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", q, r.p50(), r.p99(), r.max()));
            }
        }
        md.append('\n');
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static void row(StringBuilder md, String name, Result r) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", name, r.count(), r.p50(), r.p99(),
                r.max()));
    }

    /** {@code requests} searches from {@code connections} threads, each recording per query and in all. */
    private static Latencies run(HttpClient http, String url, int requests, int connections,
            Map<String, Latencies> byQuery) throws Exception {
        return run(http, url + "/api/v1/search?", QUERIES, requests, connections, byQuery);
    }

    /** {@code requests} GETs of {@code prefix} + each of {@code queries} in turn from {@code connections} threads. */
    static Latencies run(HttpClient http, String prefix, List<String> queries, int requests, int connections,
            Map<String, Latencies> byQuery) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<Map<String, Latencies>>> futures = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                Map<String, Latencies> mine = new LinkedHashMap<>();
                for (int i = offset; i < requests; i += connections) {
                    String q = queries.get(i % queries.size());
                    Latencies l = mine.computeIfAbsent(q, k -> new Latencies());
                    long t = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(prefix
                            + encode(q))).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        l.recordNanos(System.nanoTime() - t);
                    } else {
                        l.error();
                    }
                }
                return mine;
            }));
        }
        Latencies all = new Latencies();
        for (Future<Map<String, Latencies>> f : futures) {
            f.get().forEach((q, l) -> {
                byQuery.computeIfAbsent(q, k -> new Latencies()).add(l);
                all.add(l);
            });
        }
        pool.shutdown();
        return all;
    }

    /** Keeps the query's structure ({@code &}, {@code =}, {@code +}, {@code %22}) and encodes what a URI may not hold. */
    private static String encode(String query) {
        StringBuilder sb = new StringBuilder();
        for (char ch : query.toCharArray()) {
            sb.append(ch < 128 ? String.valueOf(ch) : URLEncoder.encode(String.valueOf(ch), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
