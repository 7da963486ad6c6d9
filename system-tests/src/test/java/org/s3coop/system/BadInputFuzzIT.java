package org.s3coop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Thousands of invalid requests per service, generated from each running service's live OpenAPI document by
 * {@link BadRequestGenerator} (seeded: {@code -Dfuzz.seed=...} replays a run; {@code -Dfuzz.requests=...} per
 * service), sent with an admin token so they get past authentication and meet input handling, 8 at a time.
 * Expected: no 5xx; every error an RFC 9457 problem (application/problem+json with status and title); no invalid
 * write accepted (2xx); and the three databases hold exactly what they held before (row counts and an md5 of every
 * table). Figures go to {@code system-tests/target/reliability/fuzz.md}.
 */
@ExtendWith(Suite.class)
class BadInputFuzzIT {
    private static final int IN_FLIGHT = 8;
    private static final int SHOWN_FAILURES = 40;

    record Outcome(Map<Integer, Long> statuses, Map<String, Long> defects, int requests, long writes, long millis) {
    }

    @Test
    void badInputIsRefusedWithProblemsAndChangesNothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261125L);
        int perService = Integer.getInteger("fuzz.requests", 10_000);
        System.out.println("BadInputFuzzIT: seed " + seed + " (replay with -Dfuzz.seed=" + seed + "), " + perService
                + " requests per service");
        WriteFixtures fixtures = WriteFixtures.create("QF");
        Map<String, WriteFixtures.Fixture> valid = fixtures.writes();

        DataFingerprint.awaitQuiet();
        Map<String, String> before = DataFingerprint.take();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        SplittableRandom random = new SplittableRandom(seed);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failureCount = new AtomicInteger();
        Map<String, Outcome> outcomes = new TreeMap<>();
        long started = System.nanoTime();
        for (Suite.Service service : DataFingerprint.services()) {
            List<BadRequestGenerator> generators = new ArrayList<>();
            for (LiveOpenApi.Operation op : LiveOpenApi.of(service).operations()) {
                if (op.streams()) {
                    continue;
                }
                WriteFixtures.Fixture fixture = valid.get(op.operationId());
                assertThat(fixture != null || !op.isWrite()).as("a valid request for " + op + " in WriteFixtures").isTrue();
                Map<String, String> params = fixtures.defaultPathParams(service);
                if (fixture != null) {
                    params.putAll(fixture.pathParams());
                }
                // the generator's body defects are JSON ones: a body of another type (the CSV of the region import,
                // whose rows region-service's RegionImportTests check) is left out, its method and query are fuzzed
                boolean json = "application/json".equals(op.requestContentType());
                generators.add(new BadRequestGenerator(op, params, fixture == null || !json ? null : fixture.body(),
                        WriteFixtures.ADMIN, random.split()));
            }
            outcomes.put(service.name(), fuzz(http, service, generators, perService, random.split(), failures, failureCount));
        }
        long fuzzMillis = (System.nanoTime() - started) / 1_000_000;

        DataFingerprint.awaitQuiet();
        Map<String, String> after = DataFingerprint.take();
        String difference = DataFingerprint.describeDifference(before, after);
        report(seed, outcomes, failureCount.get(), fuzzMillis, before.size(), difference);

        assertThat(outcomes.values()).allSatisfy(o -> assertThat(o.requests()).isGreaterThanOrEqualTo(perService));
        assertThat(failures).as(failureCount.get() + " requests answered wrongly (seed " + seed + "); the first "
                + SHOWN_FAILURES + ":").isEmpty();
        assertThat(after).as("the data after the bad requests: " + difference).isEqualTo(before);
    }

    private Outcome fuzz(HttpClient http, Suite.Service service, List<BadRequestGenerator> generators, int count,
            SplittableRandom random, List<String> failures, AtomicInteger failureCount) throws InterruptedException {
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        Map<String, LongAdder> defects = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        LongAdder writes = new LongAdder();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            BadRequestGenerator.BadRequest bad = generators.get(random.nextInt(generators.size())).next();
            defects.computeIfAbsent(bad.defect().split(" ")[0], k -> new LongAdder()).increment();
            if (bad.mustFail()) {
                writes.increment();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url() + bad.pathAndQuery()))
                    .timeout(Duration.ofSeconds(60))
                    .method(bad.method(), bad.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(bad.body()));
            bad.headers().forEach(request::header);
            inFlight.acquire();
            HttpRequest built = request.build();
            // a connection the server has just closed (after a 413 it answers before reading the body) can fail a
            // request sent on it: one retry on a fresh client; a service that does not answer fails twice
            CompletableFuture<HttpResponse<String>> sent = http.sendAsync(built, HttpResponse.BodyHandlers.ofString())
                    .exceptionallyCompose(first -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                            .sendAsync(built, HttpResponse.BodyHandlers.ofString()));
            sent.whenComplete((response, error) -> {
                try {
                    int status = error != null ? -1 : response.statusCode();
                    statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
                    String wrong = error != null ? "no answer: " + error : judge(bad, response);
                    if (wrong != null) {
                        failureCount.incrementAndGet();
                        if (failures.size() < SHOWN_FAILURES) {
                            failures.add(service.name() + " " + bad.describe() + "\n    -> " + wrong);
                        }
                    }
                } finally {
                    inFlight.release();
                }
            });
        }
        inFlight.acquire(IN_FLIGHT);
        inFlight.release(IN_FLIGHT);
        Map<Integer, Long> histogram = new TreeMap<>();
        statuses.forEach((k, v) -> histogram.put(k, v.sum()));
        Map<String, Long> byDefect = new TreeMap<>();
        defects.forEach((k, v) -> byDefect.put(k, v.sum()));
        return new Outcome(histogram, byDefect, count, writes.sum(), (System.nanoTime() - started) / 1_000_000);
    }

    /** null when the answer is right; else what is wrong with it. */
    static String judge(BadRequestGenerator.BadRequest bad, HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = response.body();
        String shown = status + " " + type + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        if (status >= 500) {
            return "server error " + shown;
        }
        if (status < 400) {
            return bad.mustFail() ? "accepted an invalid request: " + shown : null;
        }
        if (!type.startsWith("application/problem+json")) {
            return "an error that is not problem+json: " + shown;
        }
        try {
            JsonNode problem = LiveOpenApi.JSON.readTree(body);
            if (problem.path("status").asInt() != status || problem.path("title").asText().isBlank()) {
                return "a problem without its status or title: " + shown;
            }
        } catch (IOException e) {
            return "a problem that is not JSON: " + shown;
        }
        return null;
    }

    private static void report(long seed, Map<String, Outcome> outcomes, int failures, long millis, int tables,
            String difference) throws IOException {
        StringBuilder md = new StringBuilder("# Bad-input fuzzing (BadInputFuzzIT)\n\n");
        md.append("Seed `").append(seed).append("` (replay: `-Dfuzz.seed=").append(seed).append("`), ")
                .append(IN_FLIGHT).append(" requests in flight, admin token. Generated from each service's live ")
                .append("`/q/openapi?format=json`; every write carries at least one defect.\n\n");
        md.append("| service | requests | of which writes | time (s) | 5xx | statuses |\n|---|---:|---:|---:|---:|---|\n");
        outcomes.forEach((service, o) -> md.append("| ").append(service).append(" | ").append(o.requests()).append(" | ")
                .append(o.writes()).append(" | ")
                .append(String.format("%.1f", o.millis() / 1000.0)).append(" | ")
                .append(o.statuses().entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum())
                .append(" | ").append(o.statuses()).append(" |\n"));
        md.append("\nWrong answers (5xx, non-problem errors, accepted invalid writes): **").append(failures)
                .append("**. Every write carried a defect, so every 2xx above is a read.\n\n");
        md.append("Data fingerprint (row count and md5 of ").append(tables).append(" tables in 3 databases) before = after: **")
                .append(difference.isEmpty() ? "equal" : "DIFFERENT: " + difference).append("**\n\n");
        md.append("Fuzzing time: ").append(String.format("%.1f", millis / 1000.0)).append(" s\n\n");
        md.append("Requests by defect (first mutation named):\n\n| service | defect | requests |\n|---|---|---:|\n");
        outcomes.forEach((service, o) -> o.defects().forEach((defect, n) ->
                md.append("| ").append(service).append(" | ").append(defect).append(" | ").append(n).append(" |\n")));
        Path file = Path.of(System.getProperty("s3coop.root", "..")).resolve("system-tests/target/reliability/fuzz.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString());
        System.out.println(md);
    }
}
