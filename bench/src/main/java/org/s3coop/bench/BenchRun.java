package org.s3coop.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.s3coop.platform.embedded.TokenSigner;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The benchmark, end to end: starts the stack ({@link Stack}), seeds it through the API ({@link Seeder}), runs each
 * scenario in a separate load-generator JVM ({@link LoadGenerator}) next to its baseline, loads the scale data
 * ({@link ScaleData}), profiles partnership-service's write path (JFR, {@link Profile}) and writes
 * {@code target/bench/report.md}, {@code chart.png} and {@code results.json}.
 *
 * <p>{@code --quick} (or {@code BENCH_QUICK=true}): shorter windows, a smaller pool, for trying the harness out.
 * {@code BENCH_JVM_OPTS}: JVM options of the services instead of ops' ({@link #OPS_JVM_OPTIONS}).
 * {@code --only=reads,writes} (or {@code BENCH_ONLY}): only these scenarios (of reads, writes, events, fanout,
 * footprint, scale, startup, ab, flags), for a short side-by-side comparison; {@code BENCH_WRITE_SECONDS}: the write window (default
 * 60 s). {@code BENCH_BEFORE_ROOT}: a checkout whose services are packaged too (e.g. the code before a change); the
 * {@code ab} scenario starts its region- and partnership-service next to these, on the same database and broker, and
 * measures both (and the baselines) in alternating windows of the same minutes ({@link #beforeAfter}).
 */
public final class BenchRun {
    /**
     * What a service's JVM gets in its pod: the heap ops give it ({@code JAVA_MAX_MEM_RATIO=34} of the 464 Mi limit =
     * 157.8 MiB) and what the image's {@code run-java.sh} adds with the image's settings (deploy/docker/Dockerfile.jvm:
     * the serial collector, {@code GC_CONTAINER_OPTIONS}; heap given back when free, {@code MinHeapFreeRatio=10},
     * {@code MaxHeapFreeRatio=20}; metaspace capped, {@code GC_MAX_METASPACE_SIZE=192}). The image's
     * {@code MALLOC_ARENA_MAX=2} is in the services' environment ({@link Stack}).
     */
    static final String OPS_JVM_OPTIONS = "-Xmx157m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20"
            + " -XX:GCTimeRatio=4 -XX:AdaptiveSizePolicyWeight=90 -XX:MaxMetaspaceSize=192m -XX:+ExitOnOutOfMemoryError";

    /** region-service's pod heap instead (JAVA_MAX_MEM_RATIO=40 of 640 Mi): its SSE subscribers live on it. */
    static final String REGION_HEAP = "-Xmx256m";

    /** The options {@code service} gets: the pod's, with region-service's own heap in place of the others'. */
    static List<String> podOptions(String service, List<String> options) {
        if (!service.equals("region-service")) {
            return options;
        }
        return options.stream().map(o -> o.equals("-Xmx157m") ? REGION_HEAP : o).toList();
    }

    private final boolean quick;
    private final java.util.Set<String> only;
    private final Path root;
    private final Path out;
    private final Map<String, Object> raw = new LinkedHashMap<>();
    private Stack stack;
    private int runs;
    /** The last read-saturation window (partnership-service's, as it runs second): profiled too. */
    private Instant[] readWindow;
    private String regionProfileSection = "";
    /** The write scenario's throughput (transitions per second), when it ran: the event scenario runs at half of it. */
    private double writeSaturation;

    private BenchRun(boolean quick, Path root, java.util.Set<String> only) {
        this.quick = quick;
        this.only = only;
        this.root = root;
        this.out = root.resolve("target/bench");
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick") || "true".equalsIgnoreCase(System.getenv("BENCH_QUICK"))
                || Boolean.getBoolean("bench.quick");
        Path root = Path.of(System.getProperty("s3coop.root", ".")).toAbsolutePath().normalize();
        String onlyList = List.of(args).stream().filter(a -> a.startsWith("--only=")).map(a -> a.substring(7))
                .findFirst().orElse(System.getenv().getOrDefault("BENCH_ONLY", ""));
        java.util.Set<String> only = onlyList.isBlank() ? java.util.Set.of() : java.util.Set.of(onlyList.split(","));
        int status = new BenchRun(quick, root, only).run();
        System.exit(status);
    }

    /** Whether the scenario runs in this run ({@code --only}). */
    private boolean runs(String scenario) {
        return only.isEmpty() || only.contains(scenario);
    }

    private double d(double quickValue, double fullValue) {
        return quick ? quickValue : fullValue;
    }

    private int run() throws Exception {
        Files.createDirectories(out);
        Stack.deleteTree(out.resolve("logs"));
        Stack.deleteTree(out.resolve("specs"));
        Instant started = Instant.now();
        String loadBefore = loadAverage();
        String jvm = System.getenv().getOrDefault("BENCH_JVM_OPTS", OPS_JVM_OPTIONS);
        List<String> jvmOptions = List.of(jvm.trim().split("\\s+"));
        Console.say("starting PostgreSQL, Kafka, the three services (%s) and the baseline server", jvm);
        // BENCH_SERVICES_ROOT: run the packaged services of another checkout (e.g. the code before a change) in this
        // harness, for a scenario without an A/B of its own (events: the relays of two builds cannot share an outbox)
        stack = new Stack(Path.of(System.getenv().getOrDefault("BENCH_SERVICES_ROOT", root.toString())), out, jvmOptions);
        Report report = new Report();
        List<Chart.Bar> bars = new ArrayList<>();
        try {
            stack.start();
            for (Stack.Service svc : stack.services) {
                raw.put("rss at ready " + svc.name(), Stack.rssMb(svc.process()));
            }
            String token = TokenSigner.admin();
            Seeder seeder = new Seeder(token);
            List<String> regions = seeder.regions(stack.region().url());
            List<String> ids = seeder.partnerships(stack.partnership().url(), regions, quick ? 120 : 400);
            seeder.checkReady(stack.partnership().url(), ids.get(0));
            Console.say("seeded %d regions and %d partnerships ready to advance", regions.size(), ids.size());

            if (runs("reads")) {
                readScenarios(report, bars, regions, ids);
            }
            if (runs("writes")) {
                writeScenario(report, bars, token, ids);
            }
            if (System.getenv("BENCH_BEFORE_ROOT") != null && runs("ab")) {
                guarded(report, "before/after", () -> beforeAfter(report, token, regions, ids,
                        Path.of(System.getenv("BENCH_BEFORE_ROOT"))));
            }
            if (System.getenv("BENCH_FLAGS_B") != null && runs("flags")) {
                guarded(report, "JVM flags side by side", () -> flagsSideBySide(report, token, regions, ids));
            }
            if (runs("events")) {
                guarded(report, "event latency", () -> eventLatency(report, bars, token, ids));
            }
            if (runs("fanout")) {
                guarded(report, "fan-out", () -> new FanoutScenario(stack, raw, this::load, quick).run(report, token, ids));
            }
            if (runs("footprint")) {
                footprint(report);
            }
            if (runs("scale")) {
                guarded(report, "scale", () -> scale(report, bars));
            }
            if (runs("startup")) {
                guarded(report, "start-up experiment", () -> startupExperiment(report, jvmOptions));
            }
            String loadAfter = loadAverage();
            report.section("## Run\n\n- started " + DateTimeFormatter.ISO_INSTANT.format(started.atOffset(ZoneOffset.UTC))
                    + ", " + (quick ? "quick" : "full") + " run" + (only.isEmpty() ? "" : " (only " + String.join(", ", only)
                    + ")") + ", took "
                    + Math.round((Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000d) + " s\n"
                    + "- machine: " + Runtime.getRuntime().availableProcessors() + " cores; load average (1, 5, 15 min) "
                    + "before: " + loadBefore + ", after: " + loadAfter + "\n"
                    + "- services: `java " + jvm + " -jar quarkus-run.jar` (prod profile), each its own process; "
                    + "load generator: its own JVM per scenario, on the same machine\n");
        } finally {
            stack.close();
        }
        LoadGenerator.write(out.resolve("results.json"), raw);
        Chart.write(out.resolve("chart.png"), "s3coop benchmark: latency by scenario (log scale)", bars);
        Files.writeString(out.resolve("report.md"), report.markdown("s3coop benchmark"));
        Console.say("report: %s (%d target(s) missed)", out.resolve("report.md"), report.missed());
        System.out.println(report.table());
        return 0;
    }

    /** Both single-resource reads, each profiled (JFR) over its service's saturation window. */
    private void readScenarios(Report report, List<Chart.Bar> bars, List<String> regions, List<String> ids)
            throws Exception {
        reads(report, bars, "GET /api/v1/regions/{code}", stack.region().url(),
                regions.stream().map(c -> "/api/v1/regions/" + c).toList());
        Instant[] regionReads = readWindow;
        try {
            Path regionJfr = out.resolve("region-service.jfr");
            stack.dumpRecording(stack.region(), regionJfr);
            Profile regionProfile = Profile.of(regionJfr, regionReads[0], regionReads[1]);
            raw.put("profile region reads", regionProfile);
            regionProfileSection = profileSection("region-service", "the read saturation of GET /api/v1/regions/{code}",
                    regionProfile);
        } catch (Exception e) {
            regionProfileSection = "## Profile of region-service\n\nThe JFR recording could not be read: " + e;
        }
        reads(report, bars, "GET /api/v1/partnerships/{id}", stack.partnership().url(),
                ids.stream().map(id -> "/api/v1/partnerships/" + id).toList());
        profilePartnership(report, "profile reads", "the read saturation of GET /api/v1/partnerships/{id}", readWindow);
        report.section(regionProfileSection);
    }

    /**
     * Before and after a change, in one run: the services packaged under {@code beforeRoot} run next to these (same
     * database, broker and JVM options); the single-resource reads and the transitions are measured on both and on
     * the baselines in alternating windows (before, after, baseline, three rounds for reads, two for writes), so the
     * machine's load, which other processes change from minute to minute, weighs on all of them alike.
     */
    private void beforeAfter(Report report, String token, List<String> regions, List<String> ids, Path beforeRoot)
            throws Exception {
        Stack.Service regionBefore = stack.startBuild(beforeRoot, "region-service", "region", "region-service-before");
        Stack.Service partnershipBefore = stack.startBuild(beforeRoot, "partnership-service", "partnership",
                "partnership-service-before");
        // the consumers too: each "before" instance shares its service's consumer group with this checkout's, so the
        // two split the events (bench/cpu-accounting.py compares their CPU over the same minutes)
        Stack.Service challengeBefore = stack.startBuild(beforeRoot, "challenge-service", "challenge",
                "challenge-service-before");
        StringBuilder md = new StringBuilder("## Before and after, in one run\n\nThe services packaged under `"
                + beforeRoot + "` (before) next to this checkout's (after), same database, broker and JVM options; "
                + "closed loop, alternating windows (before, after, baseline), after one untimed window on each instance "
                + "started for it. Load average (1, 5, 15 min) at the start: "
                + loadAverage() + ".\n\n| scenario | round | before /s (p99) | after /s (p99) | baseline /s (p99) "
                + "| after / before | before / baseline | after / baseline |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        try {
            List<String> regionPaths = regions.stream().map(c -> "/api/v1/regions/" + c).toList();
            List<String> partnershipPaths = ids.stream().map(id -> "/api/v1/partnerships/" + id).toList();
            // the instances started just now warm up first (JIT), untimed: round 1 would measure their compilation
            // BENCH_AB_WRITES=false: the read rounds only (a change of the read path); BENCH_AB_READS=false: the
            // write rounds only (a change of the write path), both instances' write paths warmed up first
            boolean writes = !"false".equals(System.getenv("BENCH_AB_WRITES"));
            boolean reads = !"false".equals(System.getenv("BENCH_AB_READS"));
            if (reads) {
                abRead(regionBefore.url(), regionPaths);
                abRead(partnershipBefore.url(), partnershipPaths);
            }
            if (writes) {
                abWrites(partnershipBefore.url(), token, ids);
                if (!reads) {
                    abWrites(stack.partnership().url(), token, ids);
                }
            }
            for (int round = 1; reads && round <= 3; round++) {
                abRow(md, "GET /api/v1/regions/{code}", round, abRead(regionBefore.url(), regionPaths),
                        abRead(stack.region().url(), regionPaths), abRead(stack.baselineUrl(), regionPaths));
                abRow(md, "GET /api/v1/partnerships/{id}", round, abRead(partnershipBefore.url(), partnershipPaths),
                        abRead(stack.partnership().url(), partnershipPaths), abRead(stack.baselineUrl(), partnershipPaths));
            }
            for (int round = 1; writes && round <= 2; round++) {
                abRow(md, "stage transitions", round, abWrites(partnershipBefore.url(), token, ids),
                        abWrites(stack.partnership().url(), token, ids), baselineWrites(abWriteSpec(stack.baselineUrl(), token, ids), ids));
            }
        } finally {
            Stack.stop(regionBefore.process());
            Stack.stop(partnershipBefore.process());
            Stack.stop(challengeBefore.process());
        }
        md.append("\nLoad average (1, 5, 15 min) at the end: ").append(loadAverage()).append(".\n");
        report.section(md.toString());
    }

    /**
     * Scenario {@code flags}: two JVM configurations of region- and partnership-service side by side, on the same
     * database and broker, both with native memory tracking: A ({@code BENCH_FLAGS_A}, default the pod's flags) and B
     * ({@code BENCH_FLAGS_B}; {@code BENCH_FLAGS_B_ENV}: its environment, e.g. {@code MALLOC_ARENA_MAX=2}), loaded in
     * alternating windows (reads, then stage transitions); then each one's RSS and native memory summary.
     */
    private void flagsSideBySide(Report report, String token, List<String> regions, List<String> ids) throws Exception {
        String a = System.getenv().getOrDefault("BENCH_FLAGS_A", OPS_JVM_OPTIONS);
        String b = System.getenv("BENCH_FLAGS_B");
        Map<String, String> envB = new LinkedHashMap<>();
        for (String kv : System.getenv().getOrDefault("BENCH_FLAGS_B_ENV", "").trim().split("\\s+")) {
            if (kv.contains("=")) {
                envB.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        List<Stack.Service> started = new ArrayList<>();
        StringBuilder md = new StringBuilder("## JVM flags side by side\n\nA: `" + a + "`; B: `" + b + "`"
                + (envB.isEmpty() ? "" : " with `" + envB + "`") + "; both with `-XX:NativeMemoryTracking=summary`, started "
                + "next to the stack (same database and broker), loaded in alternating windows. Load average (1, 5, 15 "
                + "min) at the start: " + loadAverage() + ".\n\n| service | scenario | round | A /s (p99) | B /s (p99) "
                + "| B / A |\n|---|---|---:|---:|---:|---:|\n");
        try {
            for (String[] svc : new String[][] { { "region-service", "region" }, { "partnership-service", "partnership" } }) {
                Stack.Service sa = stack.startVariant(svc[0], svc[1], nmt(a), Map.of(), svc[0] + "-flags-a");
                started.add(sa);
                Stack.Service sb = stack.startVariant(svc[0], svc[1], nmt(b), envB, svc[0] + "-flags-b");
                started.add(sb);
                List<String> paths = svc[0].startsWith("region") ? regions.stream().map(c -> "/api/v1/regions/" + c).toList()
                        : ids.stream().map(id -> "/api/v1/partnerships/" + id).toList();
                for (int round = 0; round <= 2; round++) {
                    flagsRow(md, svc[0], "GET " + paths.get(0).replaceAll("[^/]+$", "{id}"), round,
                            abRead(sa.url(), paths), abRead(sb.url(), paths));
                    if (svc[0].startsWith("partnership")) {
                        flagsRow(md, svc[0], "stage transitions", round, abWrites(sa.url(), token, ids),
                                abWrites(sb.url(), token, ids));
                    }
                }
            }
            md.append("\nRound 0 warms each new instance up (JIT) and is shown for completeness. Load average at the end: ")
                    .append(loadAverage()).append(".\n\n| instance | RSS after the load | ready |\n|---|---:|---:|\n");
            StringBuilder nmt = new StringBuilder();
            for (Stack.Service s : started) {
                raw.put("flags rss " + s.name() + " " + s.port(), Stack.rssMb(s.process()));
                md.append("| ").append(s.name()).append(" ").append(started.indexOf(s) % 2 == 0 ? "A" : "B").append(" | ")
                        .append(String.format(Locale.ROOT, "%.0f MB", Stack.rssMb(s.process()))).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f s", s.readySeconds())).append(" |\n");
                nmt.append("\n").append(s.name()).append(" ").append(started.indexOf(s) % 2 == 0 ? "A" : "B")
                        .append(":\n\n```\n").append(stack.nativeMemory(s).strip()).append("\n```\n");
            }
            md.append(nmt);
        } finally {
            for (Stack.Service s : started) {
                Stack.stop(s.process());
            }
        }
        report.section(md.toString());
    }

    private static List<String> nmt(String options) {
        List<String> list = new ArrayList<>(List.of(options.trim().split("\\s+")));
        list.add("-XX:NativeMemoryTracking=summary");
        return list;
    }

    private static void flagsRow(StringBuilder md, String service, String scenario, int round, Result a, Result b) {
        md.append("| ").append(service).append(" | ").append(scenario).append(" | ").append(round).append(" | ")
                .append(cell(a)).append(" | ").append(cell(b)).append(" | ")
                .append(Report.ratio(b.throughput(), a.throughput())).append(" |\n");
    }

    private Result abRead(String url, List<String> paths) throws Exception {
        return http(new LoadSpec("ab read " + url, "closed", url, paths, 16, 0, d(2, 3), d(6, 10), 42, null, null, null,
                null, null, null));
    }

    private LoadSpec abWriteSpec(String url, String token, List<String> ids) {
        return new LoadSpec("ab writes " + url, "writes", url, List.of(), 24, 0, d(3, 5), d(8, 15), 42, token, ids, null,
                null, null, null);
    }

    private Result abWrites(String url, String token, List<String> ids) throws Exception {
        return result(load(abWriteSpec(url, token, ids)).get("http"));
    }

    private static void abRow(StringBuilder md, String scenario, int round, Result before, Result after, Result baseline) {
        md.append("| ").append(scenario).append(" | ").append(round).append(" | ").append(cell(before)).append(" | ")
                .append(cell(after)).append(" | ").append(cell(baseline)).append(" | ")
                .append(Report.ratio(after.throughput(), before.throughput())).append(" | ")
                .append(Report.percent(before.throughput(), baseline.throughput())).append(" | ")
                .append(Report.percent(after.throughput(), baseline.throughput())).append(" |\n");
    }

    private static String cell(Result r) {
        return Report.num(r.throughput()) + " (" + Report.ms(r.p99()) + ")" + (r.errors() > 0 ? ", " + r.errors() + " failed" : "");
    }

    /** Stage transitions, the service's next to the write baseline's, and the service's profile over its window. */
    private void writeScenario(Report report, List<Chart.Bar> bars, String token, List<String> ids) throws Exception {
        Instant[] writeWindow = writes(report, bars, token, ids);
        profilePartnership(report, "profile", "the write scenario (stage transitions)", writeWindow);
    }

    /** partnership-service's JFR recording so far, summarised over {@code window} into a section (and {@code key}). */
    private void profilePartnership(Report report, String key, String during, Instant[] window) {
        try {
            stack.dumpRecording();
            Profile profile = Profile.of(stack.jfrFile, window[0], window[1]);
            raw.put(key, profile);
            report.section(profileSection("partnership-service", during, profile));
        } catch (Exception e) {
            report.section("## Profile\n\nThe JFR recording could not be read: " + e);
        }
    }

    // ------------------------------------------------------------------------------------------------ scenarios

    private void reads(Report report, List<Chart.Bar> bars, String endpoint, String serviceUrl, List<String> paths)
            throws Exception {
        int connections = 16;
        Instant from = Instant.now().plusSeconds((long) d(3, 8) + 2);
        Result satService = http(spec("sat " + endpoint, "closed", serviceUrl, paths, connections, 0));
        readWindow = new Instant[] { from, Instant.now() };
        Result satBaseline = http(spec("sat baseline " + endpoint, "closed", stack.baselineUrl(), paths, connections, 0));
        Result latService = http(spec("p99 " + endpoint, "open", serviceUrl, paths, 64, satService.throughput() / 2));
        Result latBaseline = http(spec("p99 baseline " + endpoint, "open", stack.baselineUrl(), paths, 64,
                satBaseline.throughput() / 2));
        double share = satBaseline.throughput() > 0 ? satService.throughput() / satBaseline.throughput() : 0;
        report.row(endpoint + ": saturation throughput (" + connections + " connections)",
                Report.num(satService.throughput()) + " /s", Report.num(satBaseline.throughput()) + " /s",
                Report.percent(satService.throughput(), satBaseline.throughput()), "≥ 80 % of baseline", share >= 0.8);
        report.row(endpoint + ": p99 at 50 % of saturation (" + Report.num(satService.throughput() / 2) + " /s, open loop)",
                Report.ms(latService.p99()), Report.ms(latBaseline.p99()) + " (at " + Report.num(satBaseline.throughput() / 2)
                        + " /s)", Report.ratio(latService.p99(), latBaseline.p99()), "≤ 5 ms",
                latService.p99() <= 5 && latService.errors() == 0);
        bars.add(new Chart.Bar(endpoint + " @50%", latService.p50(), latService.p99(), 5, false));
        bars.add(new Chart.Bar("  bare Vert.x + PG @50%", latBaseline.p50(), latBaseline.p99(), 0, true));
    }

    private Instant[] writes(Report report, List<Chart.Bar> bars, String token, List<String> ids) throws Exception {
        double seconds = Double.parseDouble(System.getenv().getOrDefault("BENCH_WRITE_SECONDS", String.valueOf(d(15, 60))));
        LoadSpec s = new LoadSpec("writes", "writes", stack.partnership().url(), List.of(), 24, 0, d(5, 10),
                seconds, 42, token, ids, stack.kafka.bootstrapServers(), "s3coop.partnerships.v1", null, null);
        Instant from = Instant.now().plusSeconds((long) s.warmupSeconds() + 2);
        Map<String, Object> r = load(s);
        Instant until = Instant.now();
        Result http = result(r.get("http"));
        writeSaturation = http.throughput();
        Result bare = baselineWrites(s, ids);
        long accepted = ((Number) r.get("accepted")).longValue();
        long events = ((Number) r.get("events")).longValue();
        report.row("Stage transitions (ADVANCE through the gate / REVERT), closed loop, 24 connections, "
                + Report.num(s.seconds()) + " s: throughput", Report.num(http.throughput()) + " /s",
                Report.num(bare.throughput()) + " /s", Report.percent(http.throughput(), bare.throughput()),
                "≥ 1,000 /s sustained, ≥ 50 % of baseline", http.throughput() >= 1000 && http.errors() == 0
                        && http.throughput() >= bare.throughput() / 2);
        report.row("Stage transitions: p99", Report.ms(http.p99()) + " (p50 " + Report.ms(http.p50()) + ")",
                Report.ms(bare.p99()) + " (p50 " + Report.ms(bare.p50()) + ")", Report.ratio(http.p99(), bare.p99()),
                "≤ 25 ms", http.p99() <= 25);
        report.row("Stage transitions: accepted / events on s3coop.partnerships.v1 (warm-up included) / refused",
                accepted + " / " + events + " / " + http.errors() + " " + r.get("rejected"), "–", "–",
                "every accepted one on the topic", events == accepted);
        bars.add(new Chart.Bar("transitions (closed loop, saturation)", http.p50(), http.p99(), 25, false));
        bars.add(new Chart.Bar("  bare Vert.x + PG, same SQL (saturation)", bare.p50(), bare.p99(), 0, true));
        return new Instant[] { from, until };
    }

    /**
     * The write baseline ({@link BaselineWrites}): the same closed loop on the bare server, on copies of the
     * partnerships taken now; no relay, so no events to count.
     */
    private Result baselineWrites(LoadSpec service, List<String> ids) throws Exception {
        java.net.http.HttpResponse<String> prepared = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(stack.baselineUrl() + "/prepare-writes"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (prepared.statusCode() != 200) {
            throw new IllegalStateException("the write baseline could not copy the tables: " + prepared.body());
        }
        return result(load(new LoadSpec("writes baseline", "writes", stack.baselineUrl(), List.of(),
                service.connections(), 0, service.warmupSeconds(), service.seconds(), service.seed(), service.token(), ids,
                null, null, null, null)).get("http"));
    }

    private void eventLatency(Report report, List<Chart.Bar> bars, String token, List<String> ids) throws Exception {
        // issue 18: at 50 % of the write saturation rate when the write scenario ran, else BENCH_EVENT_RATE (200)
        double rate = writeSaturation > 0 ? Math.max(1, Math.round(writeSaturation / 2))
                : Double.parseDouble(System.getenv().getOrDefault("BENCH_EVENT_RATE", "200"));
        String at = Report.num(rate) + " /s" + (writeSaturation > 0 ? " (50 % of the write saturation)" : "");
        String sse = stack.region().url() + "/api/v1/events/stream?types=org.s3coop.partnership.stage-*";
        LoadSpec s = new LoadSpec("latency", "latency", stack.partnership().url(), List.of(), 64, rate, d(3, 5),
                d(15, 45), 43, token, ids, stack.kafka.bootstrapServers(), "s3coop.partnerships.v1", sse, null);
        Map<String, Object> r = load(s);
        LoadSpec b = new LoadSpec("kafka-baseline", "kafka-baseline", null, List.of(), 1, rate, d(3, 5), d(15, 45), 44,
                null, List.of(), stack.kafka.bootstrapServers(), "bench.baseline.v1", null, null);
        Result bare = result(load(b).get("kafka"));
        Result http = result(r.get("http"));
        Result kafka = result(r.get("kafka"));
        Result sseResult = result(r.get("sse"));
        report.row("Transitions at " + at + " (open loop): p99 of the write", Report.ms(http.p99()) + " (p50 "
                + Report.ms(http.p50()) + ", " + http.count() + " ok, " + http.errors() + " failed)", "–", "–", "–", null);
        long accepted = ((Number) r.get("accepted")).longValue();
        for (var subscriber : List.of(Map.entry(kafka, r.get("kafkaReceived")), Map.entry(sseResult, r.get("sseReceived")))) {
            // complete: every transition accepted in the open loop (warm-up included) has its event at the subscriber
            Result e = subscriber.getKey();
            long got = ((Number) subscriber.getValue()).longValue();
            report.row("Event latency at " + at + ", ce_time → " + e.name() + " (" + e.count() + " events in the "
                    + "window; " + got + " received of " + accepted + " accepted): p50",
                    Report.ms(e.p50()), Report.ms(bare.p50()), Report.ratio(e.p50(), bare.p50()),
                    "≤ 5 ms and ≤ 3× the bare round trip", e.p50() <= 5 && e.p50() <= 3 * bare.p50());
            report.row("Event latency, ce_time → " + e.name() + ": p99", Report.ms(e.p99()), Report.ms(bare.p99()),
                    Report.ratio(e.p99(), bare.p99()), "≤ 25 ms, every accepted transition's event received",
                    e.p99() <= 25 && Receipts.complete(got, accepted));
        }
        for (String part : List.of("kafkaToHandOver", "kafkaFromHandOver")) {
            Result p = result(r.get(part));
            report.row("Event latency, split at the record's CreateTime (ms resolution): " + p.name(), "p50 "
                    + Report.ms(p.p50()) + ", p99 " + Report.ms(p.p99()), "–", "–", "–", null);
        }
        bars.add(new Chart.Bar("event → Kafka subscriber", kafka.p50(), kafka.p99(), 25, false));
        bars.add(new Chart.Bar("event → SSE subscriber", sseResult.p50(), sseResult.p99(), 25, false));
        bars.add(new Chart.Bar("  bare Kafka producer → consumer", bare.p50(), bare.p99(), 0, true));
    }

    private void footprint(Report report) {
        for (Stack.Service s : stack.services) {
            double rss = Stack.rssMb(s.process());
            raw.put("rss " + s.name(), rss);
            raw.put("ready " + s.name(), s.readySeconds());
            report.row(s.name() + ": process start → ready", String.format(Locale.ROOT, "%.2f s", s.readySeconds()),
                    "–", "–", "≤ 2 s", s.readySeconds() <= 2);
            report.row(s.name() + ": RSS after the load run", String.format(Locale.ROOT, "%.0f MB", rss), "–", "–",
                    "≤ 200 MB", rss <= 200);
        }
    }

    /**
     * Start-up with an AppCDS archive, measured in the same run: each service started again next to the running one,
     * once to record an archive of the classes it loads (-XX:ArchiveClassesAtExit), then with that archive and
     * otherwise the same options; its time to ready and RSS at ready, next to the first start's.
     */
    private void startupExperiment(Report report, List<String> defaults) throws Exception {
        String flags = "-XX:SharedArchiveFile=<service>.jsa";
        StringBuilder md = new StringBuilder("## Start-up experiment: an AppCDS archive\n\n"
                + "Each service started again (same database and broker, another port): first `" + String.join(" ", defaults)
                + " -XX:ArchiveClassesAtExit=<service>.jsa` (a training start, stopped once ready), then `"
                + String.join(" ", defaults) + " " + flags + "`. Time from process start to `/q/health/ready` = 200 and "
                + "RSS at that moment:\n\n| service | ready (ops flags) | ready (" + flags + ") | RSS at ready (ops flags) "
                + "| RSS at ready (" + flags + ") |\n|---|---:|---:|---:|---:|\n");
        for (Stack.Service svc : List.copyOf(stack.services)) {
            Path archive = out.resolve(svc.name() + ".jsa");
            Files.deleteIfExists(archive);
            List<String> training = new ArrayList<>(defaults);
            training.add("-XX:ArchiveClassesAtExit=" + archive);
            Stack.Service t = stack.startVariant(svc.name(), svc.database(), training, svc.name() + "-cds-training");
            Stack.stop(t.process());
            List<String> tuned = new ArrayList<>(defaults);
            tuned.add("-XX:SharedArchiveFile=" + archive);
            Stack.Service v = stack.startVariant(svc.name(), svc.database(), tuned, svc.name() + "-cds");
            double rss = Stack.rssMb(v.process());
            Stack.stop(v.process());
            Object before = raw.get("rss at ready " + svc.name());
            raw.put("ready cds " + svc.name(), v.readySeconds());
            raw.put("rss at ready cds " + svc.name(), rss);
            md.append("| ").append(svc.name()).append(" | ").append(String.format(Locale.ROOT, "%.2f s", svc.readySeconds()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f s", v.readySeconds())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f MB", ((Number) before).doubleValue())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f MB", rss)).append(" |\n");
        }
        report.section(md.toString());
    }

    private void scale(Report report, List<Chart.Bar> bars) throws Exception {
        Console.say("loading the scale data (%,d partnerships, %,d history rows, %d regions, %,d challenges, %,d practices)",
                ScaleData.PARTNERSHIPS, ScaleData.PARTNERSHIPS * ScaleData.HISTORY_PER_PARTNERSHIP, ScaleData.REGIONS,
                ScaleData.CHALLENGES, ScaleData.PRACTICES);
        long t0 = System.nanoTime();
        List<String> codes = ScaleData.load(stack::jdbcUrl);
        Console.say("scale data loaded in %.0f s", (System.nanoTime() - t0) / 1e9);
        // regions of the scale data by number (ScaleData: number n is codes.get(n)): a lead, a member, a country
        String lead = codes.get(0);
        String member = codes.get(91);
        String scoped = codes.get(60);
        String country = codes.get(2).substring(0, 2);
        String someId = "'" + java.util.UUID.nameUUIDFromBytes(new byte[0]) + "'";
        Map<String, String[]> queries = new LinkedHashMap<>();
        List<String[]> endpoints = List.of(
                new String[] { "partnerships?stage=MAPPING&region=" + member, stack.partnership().url(),
                        "/api/v1/partnerships?stage=MAPPING&region=" + member + "&page=0&size=20" },
                new String[] { "partnerships?status=ACTIVE&priority=C20", stack.partnership().url(),
                        "/api/v1/partnerships?status=ACTIVE&priority=C20&page=0&size=20" },
                new String[] { "regions?country=" + country + "&active=true", stack.region().url(),
                        "/api/v1/regions?country=" + country + "&active=true&page=0&size=20" },
                new String[] { "challenges?status=OPEN&cluster=FUNDING", stack.challenge().url(),
                        "/api/v1/challenges?status=OPEN&cluster=FUNDING&page=0&size=20" },
                new String[] { "challenges?region=" + scoped, stack.challenge().url(),
                        "/api/v1/challenges?region=" + scoped + "&page=0&size=20" },
                new String[] { "challenges/summary", stack.challenge().url(), "/api/v1/challenges/summary" },
                new String[] { "regions/" + lead + "/partner-suggestions", stack.region().url(),
                        "/api/v1/regions/" + lead + "/partner-suggestions?limit=10" },
                new String[] { "portfolio", stack.partnership().url(), "/api/v1/portfolio" },
                // the learning loop's full-text search (DESIGN.md section 10): p99 <= 50 ms
                new String[] { "search?q=funding synergies", stack.challenge().url(),
                        "/api/v1/search?q=funding+synergies&page=0&size=20", "50" },
                new String[] { "search?q=regiao&types=PRACTICE", stack.challenge().url(),
                        "/api/v1/search?q=regiao&types=PRACTICE&page=0&size=20", "50" });
        for (String[] e : endpoints) {
            int target = e.length > 3 ? Integer.parseInt(e[3]) : 50;
            Result r = http(new LoadSpec("scale " + e[0], "closed", e[1], List.of(e[2]), 2, 0, d(2, 5), d(5, 15), 45,
                    null, null, null, null, null, null));
            report.row("Scale: GET /api/v1/" + e[0] + " (" + r.count() + " requests, 2 connections): p99",
                    Report.ms(r.p99()) + " (p50 " + Report.ms(r.p50()) + (r.errors() > 0 ? ", " + r.errors() + " failed" : "")
                            + ")", "–", "–", "≤ " + target + " ms", r.p99() <= target && r.errors() == 0 && r.count() > 0);
            bars.add(new Chart.Bar("scale: " + e[0], r.p50(), r.p99(), target, false));
        }
        queries.put("partnerships?stage=MAPPING&region=" + member, new String[] { "partnership",
                "select * from partnership where stage = 'MAPPING' and member_codes like '%|" + member + "|%' "
                        + "order by created_at, id limit 20 offset 0" });
        queries.put("partnerships?stage=MAPPING&region=" + member + " (count)", new String[] { "partnership",
                "select count(*) from partnership where stage = 'MAPPING' and member_codes like '%|" + member + "|%'" });
        queries.put("partnerships?status=ACTIVE&priority=C20", new String[] { "partnership",
                "select * from partnership where status = 'ACTIVE' and priority_code = 'C20' "
                        + "order by created_at, id limit 20 offset 0" });
        queries.put("partnerships?status=ACTIVE&priority=C20 (count)", new String[] { "partnership",
                "select count(*) from partnership where status = 'ACTIVE' and priority_code = 'C20'" });
        queries.put("portfolio: counts", new String[] { "partnership",
                "select stage, status, count(*) from partnership group by stage, status" });
        // issue 15: the counts and the investment figures from the aggregate cells (cells and pending deltas)
        queries.put("portfolio: cells", new String[] { "partnership", ScaleData.PORTFOLIO_CELLS });
        // issue 15: the stays and reverts from the cells kept by the transitions
        queries.put("portfolio: stay cells", new String[] { "partnership", ScaleData.PORTFOLIO_STAY_CELLS });
        // before issue 15's stay cells, partnership-service computed the stays per request with this query (unfiltered,
        // now() for its :now): kept here to compare
        queries.put("portfolio: stays per stage before the stay cells", new String[] { "partnership",
                "with held as (select partnership_id, stay, "
                        + "sum(extract(epoch from until - occurred_at)) as seconds from (select h.partnership_id, h.action, h.occurred_at, "
                        + "coalesce(lead(h.occurred_at) over (partition by h.partnership_id order by h.seq), now()) as until, "
                        + "(select t.occurred_at from stage_transition t where t.partnership_id = h.partnership_id and t.seq < h.seq "
                        + "and t.action in ('PROPOSE', 'ADVANCE', 'REVERT') order by t.seq desc limit 1) as stay "
                        + "from stage_transition h where h.action in ('HOLD', 'RESUME') or (h.action = 'CLOSE' and h.from_status = 'ON_HOLD')"
                        + ") holds where action = 'HOLD' group by partnership_id, stay) "
                        + "select b.from_stage, case when b.action = 'CLOSE' then 'CLOSED' else 'COMPLETED' end, count(*), "
                        + "percentile_cont(0.5) within group (order by floor((extract(epoch from b.occurred_at - b.started_at) "
                        + "- coalesce(e.seconds, 0)) * 1000)::float8 / 1000 / 86400) "
                        + "from (select partnership_id, action, from_stage, occurred_at, lag(occurred_at) over w as started_at "
                        + "from stage_transition where action in ('PROPOSE', 'ADVANCE', 'REVERT', 'CLOSE') "
                        + "window w as (partition by partnership_id order by seq)) b "
                        + "left join held e on e.partnership_id = b.partnership_id and e.stay = b.started_at "
                        + "where b.action in ('ADVANCE', 'REVERT', 'CLOSE') group by 1, 2 "
                        + "union all select p.stage, 'ONGOING', count(*), percentile_cont(0.5) within group (order by "
                        + "floor((extract(epoch from now() - p.stage_entered_at) - coalesce(o.seconds, 0)) * 1000)::float8 / 1000 / 86400) "
                        + "from partnership p left join held o on o.partnership_id = p.id and o.stay = p.stage_entered_at "
                        + "where p.status <> 'CLOSED' group by 1" });
        queries.put("portfolio: re-scoping", new String[] { "partnership",
                "select * from partnership where rescoping_recommended and status <> 'CLOSED' order by created_at, id" });
        queries.put("transition: lock the row", new String[] { "partnership",
                "select * from partnership where id = " + someId + " for update" });
        queries.put("transition: open blocking challenges", new String[] { "partnership",
                "select count(*) from tracked_challenge where blocking = true and (partnership_id = " + someId
                        + " or region_code in ('QB004', 'QB011'))" });
        queries.put("outbox relay: the backlog gauge before (every relay loop; outbox after the write scenarios)",
                new String[] { "partnership", "select count(*) filter (where status = 'PENDING'), count(*) filter "
                        + "(where status = 'FAILED') from outbox_event where status <> 'PUBLISHED'" });
        queries.put("outbox relay: the pending gauge now (every relay loop)", new String[] { "partnership",
                "select count(*) from outbox_event where status = 'PENDING'" });
        queries.put("regions?country=" + country + "&active=true", new String[] { "region",
                "select * from region where country = '" + country + "' and active = true order by code limit 20 offset 0" });
        queries.put("partner-suggestions: candidates", new String[] { "region",
                "select * from region where active = true and country <> '" + lead.substring(0, 2) + "' order by code" });
        queries.put("challenges?status=OPEN&cluster=FUNDING", new String[] { "challenge",
                "select * from challenge where status = 'OPEN' and cluster_code = 'FUNDING' "
                        + "order by created_at desc, id limit 20 offset 0" });
        queries.put("challenges?region=" + scoped, new String[] { "challenge",
                "select * from challenge c where (c.scope_type = 'REGION' and c.scope_ref = '" + scoped + "') or "
                        + "(c.scope_type = 'PARTNERSHIP' and c.scope_ref in (select p.id from known_partnership p "
                        + "where p.member_regions like '%|" + scoped + "|%')) order by created_at desc, id limit 20 offset 0" });
        queries.put("challenges/summary: the kept counts", new String[] { "challenge", ScaleData.OPEN_CHALLENGE_COUNTS });
        queries.put("search?q=funding synergies", new String[] { "challenge", ScaleData.searchSql(root, "funding synergies") });
        Map<String, String> plans = ScaleData.plans(stack::jdbcUrl, queries);
        raw.put("plans", plans);
        StringBuilder section = new StringBuilder("## Query plans (scale data, `EXPLAIN (ANALYZE, BUFFERS)`)\n\n"
                + "The SQL behind the scale endpoints, reproduced from the repositories' queries:\n\n");
        plans.forEach((name, plan) -> section.append("### ").append(name).append("\n\n```\n").append(plan).append("```\n\n"));
        report.section(section.toString());
    }

    static String profileSection(String service, String during, Profile p) {
        StringBuilder md = new StringBuilder("## Profile of " + service + " during " + during + " (JFR)\n\n")
                .append(p.samples()).append(" execution samples (JFR samples threads running Java code every 10 ms: a service with a whole core "
                        + "to itself yields about 100 per second).\n\n| library (first non-JDK frame from the top) | samples | share |\n|---|---:|---:|\n");
        p.libraries().forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" | ")
                .append(Report.percent(v, p.samples())).append(" |\n"));
        md.append("\n| hottest methods (self) | samples | share |\n|---|---:|---:|\n");
        p.selfTop().forEach((k, v) -> md.append("| `").append(k).append("` | ").append(v).append(" | ")
                .append(Report.percent(v, p.samples())).append(" |\n"));
        md.append("\n| s3coop frames on the stack (total) | samples | share |\n|---|---:|---:|\n");
        p.s3coopTotal().forEach((k, v) -> md.append("| `").append(k).append("` | ").append(v).append(" | ")
                .append(Report.percent(v, p.samples())).append(" |\n"));
        return md.toString();
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    interface Scenario {
        void run() throws Exception;
    }

    /** A scenario that fails is reported as such; the others still run. */
    private static void guarded(Report report, String name, Scenario scenario) {
        try {
            scenario.run();
        } catch (Exception e) {
            Console.say("%s failed: %s", name, e);
            report.row(name + ": the scenario failed (" + e.getMessage() + ")", "–", "–", "–", "–", false);
        }
    }

    private LoadSpec spec(String name, String mode, String url, List<String> paths, int connections, double rate) {
        return new LoadSpec(name, mode, url, paths, connections, rate, d(3, 8), d(8, 20), 42, null, null, null, null,
                null, null);
    }

    private Result http(LoadSpec spec) throws Exception {
        return result(load(spec).get("http"));
    }

    /** Runs one load-generator JVM with {@code spec} and reads what it wrote. */
    private Map<String, Object> load(LoadSpec spec) throws Exception {
        int n = ++runs;
        String slug = String.format(Locale.ROOT, "%02d-%s", n, spec.name().replaceAll("[^A-Za-z0-9]+", "-"));
        Path resultFile = out.resolve("specs/" + slug + ".result.json");
        LoadSpec withOut = new LoadSpec(spec.name(), spec.mode(), spec.baseUrl(), spec.paths(), spec.connections(),
                spec.rate(), spec.warmupSeconds(), spec.seconds(), spec.seed(), spec.token(), spec.partnerships(),
                spec.kafkaBootstrap(), spec.topic(), spec.sseUrl(), resultFile.toString());
        Path specFile = out.resolve("specs/" + slug + ".json");
        LoadGenerator.write(specFile, withOut);
        Console.say("%s: %s %s%s", spec.name(), spec.mode(), spec.rate() > 0 ? Report.num(spec.rate()) + "/s " : "",
                spec.connections() > 0 ? "(" + spec.connections() + " connections)" : "");
        Process p = new ProcessBuilder(Stack.java(), "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                LoadGenerator.class.getName(), specFile.toString()).redirectErrorStream(true)
                .redirectOutput(out.resolve("logs/load-" + slug + ".log").toFile()).start();
        long limit = (long) (spec.warmupSeconds() + spec.seconds()) + 240;
        if (!p.waitFor(limit, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(spec.name() + ": load generator did not finish in " + limit + " s");
        }
        if (p.exitValue() != 0 || !Files.exists(resultFile)) {
            throw new IllegalStateException(spec.name() + ": load generator failed; see logs/load-" + slug + ".log");
        }
        Map<String, Object> result = LoadGenerator.JSON.readValue(resultFile.toFile(), new TypeReference<>() {
        });
        raw.put(spec.name(), result);
        Object http = result.get("http");
        if (http != null) {
            Result r = result(http);
            Console.say("  %s: %s /s, p50 %s, p99 %s, %d failed", spec.name(), Report.num(r.throughput()),
                    Report.ms(r.p50()), Report.ms(r.p99()), r.errors());
        }
        return result;
    }

    private static Result result(Object value) {
        return LoadGenerator.JSON.convertValue(value, Result.class);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
