package org.s3coop.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 18's fan-out target: one region-service (the pod's JVM flags, as every service of the stack) holds
 * {@code BENCH_FANOUT_SUBSCRIBERS} (5,000) SSE subscribers of {@code /api/v1/events/stream} while stage transitions
 * through partnership-service make 20 events per second: every subscriber must get every event, delivery p99 ≤ 250 ms,
 * RSS within the pod limit (640 Mi). The subscribers live in one load-generator JVM ({@link Fanout}, several event
 * loops); the harness samples the service's RSS and CPU from {@code /proc} while it runs. With
 * {@code BENCH_BEFORE_ROOT}, the region-service packaged there is measured the same way first, in the same run.
 */
final class FanoutScenario {
    /** The pod's memory limit (deploy/, docs/operations.md "Sizing"): region-service's 640 Mi. */
    static final double POD_LIMIT_MB = 640 * 1024 * 1024 / 1e6;
    static final double EVENTS_PER_SECOND = 20;
    static final double P99_TARGET_MS = 250;

    interface Loader {
        Map<String, Object> load(LoadSpec spec) throws Exception;
    }

    private final Stack stack;
    private final Map<String, Object> raw;
    private final Loader loader;
    private final boolean quick;

    FanoutScenario(Stack stack, Map<String, Object> raw, Loader loader, boolean quick) {
        this.stack = stack;
        this.raw = raw;
        this.loader = loader;
        this.quick = quick;
    }

    void run(Report report, String token, List<String> ids) throws Exception {
        String beforeRoot = System.getenv("BENCH_BEFORE_ROOT");
        if (beforeRoot != null) {
            Stack.Service before = stack.startBuild(Path.of(beforeRoot), "region-service", "region",
                    "region-service-before");
            try {
                measure(report, "before", before, token, ids);
            } finally {
                Stack.stop(before.process());
            }
        }
        measure(report, beforeRoot == null ? "" : "after", stack.region(), token, ids);
    }

    private void measure(Report report, String label, Stack.Service region, String token, List<String> ids)
            throws Exception {
        int subscribers = Integer.parseInt(System.getenv().getOrDefault("BENCH_FANOUT_SUBSCRIBERS", "5000"));
        String name = "fanout" + (label.isEmpty() ? "" : " " + label);
        String sse = region.url() + "/api/v1/events/stream?types=org.s3coop.partnership.stage-*";
        LoadSpec spec = new LoadSpec(name, "fanout", stack.partnership().url(), List.of(), subscribers,
                EVENTS_PER_SECOND, quick ? 3 : 5, quick ? 15 : 30, 46, token, ids, stack.kafka.bootstrapServers(),
                "s3coop.partnerships.v1", sse, null);
        Map<String, Object> r;
        double rssIdle;
        double rssAfter;
        try (ProcessSampler sampler = new ProcessSampler(region.process(), 500)) {
            rssIdle = sampler.sample().rssMb();
            r = loader.load(spec);
            Map<String, Double> broadcast = broadcastTimers(region);
            Thread.sleep(5_000); // the subscribers are gone with the load generator: what the service keeps
            rssAfter = sampler.sample().rssMb();
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) r.get("fanout");
            long connectStart = ((Number) f.get("connectStartMs")).longValue();
            long connected = ((Number) f.get("connectedMs")).longValue();
            long from = ((Number) f.get("measureFromMs")).longValue();
            long until = ((Number) f.get("measureUntilMs")).longValue();
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("rssIdleMb", rssIdle);
            service.put("rssMaxConnectingMb", sampler.maxRssMb(connectStart, connected));
            service.put("rssMaxDrivenMb", sampler.maxRssMb(connected, until));
            service.put("rssAfterMb", rssAfter);
            service.put("cpuConnectingPercent", sampler.cpuPercent(connectStart, connected));
            service.put("cpuDrivenPercent", sampler.cpuPercent(from, until));
            service.put("broadcast", broadcast);
            service.put("samples", sampler.samples());
            raw.put(name + " region-service", service);
            rows(report, label, subscribers, r, f, service);
            if (region == stack.region()) { // the stack's region-service records JFR; the "before" one does not
                profile(report, region, java.time.Instant.ofEpochMilli(from), java.time.Instant.ofEpochMilli(until));
            }
        }
    }

    private static void rows(Report report, String label, int subscribers, Map<String, Object> r, Map<String, Object> f,
            Map<String, Object> service) {
        String who = "Fan-out" + (label.isEmpty() ? "" : " (" + label + ")") + ", " + String.format(Locale.ROOT, "%,d",
                subscribers) + " SSE subscribers on one region-service, " + (int) EVENTS_PER_SECOND + " events/s";
        Result sse = LoadGenerator.JSON.convertValue(r.get("sse"), Result.class);
        Result last = LoadGenerator.JSON.convertValue(f.get("last"), Result.class);
        Result http = LoadGenerator.JSON.convertValue(r.get("http"), Result.class);
        long misses = ((Number) f.get("misses")).longValue();
        long duplicates = ((Number) f.get("duplicates")).longValue();
        long events = ((Number) f.get("events")).longValue();
        int open = ((Number) f.get("open")).intValue();
        report.row(who + ": connected / ended by the server / refused", open + " in "
                + String.format(Locale.ROOT, "%.1f s", ((Number) f.get("connectSeconds")).doubleValue()) + " / "
                + f.get("endedByServer") + " / " + f.get("failedToOpen"), "–", "–", "all " + subscribers
                + " held", open == subscribers && ((Number) f.get("endedByServer")).intValue() == 0);
        report.row(who + ": receipts of the " + events + " events (" + http.count() + " transitions accepted) / misses / "
                + "duplicates", f.get("receipts") + " of " + f.get("expected") + " / " + misses + " / " + duplicates,
                "–", "–", "every subscriber gets every event", misses == 0 && duplicates == 0 && events > 0);
        report.row(who + ": delivery ce_time → each subscriber, p99", Report.ms(sse.p99()) + " (p50 "
                + Report.ms(sse.p50()) + ", max " + Report.ms(sse.max()) + ")", "–", "–", "≤ " + (int) P99_TARGET_MS
                + " ms", sse.count() > 0 && sse.p99() <= P99_TARGET_MS);
        report.row(who + ": ce_time → the last subscriber, per event, p99", Report.ms(last.p99()) + " (p50 "
                + Report.ms(last.p50()) + ", max " + Report.ms(last.max()) + ")", "–", "–", "–", null);
        // where the time went: before the topic (write, relay, broker) and after it (region-service's fan-out)
        Result topic = LoadGenerator.JSON.convertValue(f.get("topic"), Result.class);
        Result fromTopic = LoadGenerator.JSON.convertValue(f.get("lastFromTopic"), Result.class);
        report.row(who + ": ce_time → on the topic (a Kafka consumer of the harness), per event, p50 / p99",
                Report.ms(topic.p50()) + " / " + Report.ms(topic.p99()), "–", "–", "–", null);
        report.row(who + ": on the topic → the last subscriber (the fan-out's own time), per event, p50 / p99",
                Report.ms(fromTopic.p50()) + " / " + Report.ms(fromTopic.p99()) + " (max " + Report.ms(fromTopic.max())
                        + ")", "–", "–", "–", null);
        report.row(who + ": transitions driving the events (open loop, 20 /s): accepted / failed, p99",
                http.count() + " / " + http.errors() + ", " + Report.ms(http.p99()), "–", "–", "–", null);
        @SuppressWarnings("unchecked")
        Map<String, Double> b = (Map<String, Double>) service.get("broadcast");
        if (b.containsKey("pass_count") && b.get("pass_count") > 0) {
            report.row(who + ": region-service's broadcast per event loop (timers s3coop.stream.broadcast.*): passes, "
                    + "wait from the append to the pass mean / max, the pass over the loop's subscribers mean / max",
                    String.format(Locale.ROOT, "%.0f; %.1f / %.1f ms; %.1f / %.1f ms", b.get("pass_count"),
                            1000 * b.get("wait_sum") / b.get("wait_count"), 1000 * b.get("wait_max"),
                            1000 * b.get("pass_sum") / b.get("pass_count"), 1000 * b.get("pass_max")),
                    "–", "–", "–", null);
        }
        double rssMax = Math.max(num(service, "rssMaxConnectingMb"), num(service, "rssMaxDrivenMb"));
        report.row(who + ": region-service RSS idle / highest / 5 s after", String.format(Locale.ROOT,
                "%.0f / %.0f / %.0f MB", num(service, "rssIdleMb"), rssMax, num(service, "rssAfterMb")), "–", "–",
                String.format(Locale.ROOT, "≤ %.0f MB (640 Mi)", POD_LIMIT_MB), rssMax > 0 && rssMax <= POD_LIMIT_MB);
        report.row(who + ": region-service CPU while connecting / while the events flow; the load generator's (the "
                + "receivers) while the events flow", String.format(Locale.ROOT, "%.0f %% / %.0f %%; %.0f %% of "
                + "a core", num(service, "cpuConnectingPercent"), num(service, "cpuDrivenPercent"),
                num(f, "generatorCpuDrivenPercent")), "–", "–", "–", null);
    }

    /**
     * The broadcast timers of region-service's {@code /q/metrics} (count, sum and max in seconds of
     * {@code s3coop_stream_broadcast_wait|pass}), empty when it has none (main before stop 26).
     */
    private static Map<String, Double> broadcastTimers(Stack.Service region) {
        Map<String, Double> out = new LinkedHashMap<>();
        try {
            String text = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(region.url() + "/q/metrics")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "(?m)^s3coop_stream_broadcast_(wait|pass)_seconds_(count|sum|max)(?:\\{[^}]*\\})? (\\S+)$").matcher(text);
            while (m.find()) {
                out.put(m.group(1) + "_" + m.group(2), Double.parseDouble(m.group(3)));
            }
        } catch (Exception e) {
            out.put("error", 1.0);
        }
        return out;
    }

    private void profile(Report report, Stack.Service region, java.time.Instant from, java.time.Instant until) {
        try {
            Path jfr = stack.work().resolve("region-service-fanout.jfr");
            stack.dumpRecording(region, jfr);
            Profile p = Profile.of(jfr, from, until);
            raw.put("profile fanout region", p);
            report.section(BenchRun.profileSection("region-service", "the fan-out (events flowing to "
                    + "the subscribers)", p));
        } catch (Exception e) {
            report.section("## Profile of region-service during the fan-out\n\nThe JFR recording could not be read: " + e);
        }
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }
}
