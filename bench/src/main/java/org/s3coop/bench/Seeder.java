package org.s3coop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The working set of the read and write scenarios, created through the public API as a portal would: regions in
 * ten countries that all list the priority C22, and partnerships of two regions from two countries with a scoping
 * note, so that each one's SCOPING → MAPPING gate is met (two known active members, two countries, scoping note,
 * shared priority) and it can cycle ADVANCE / REVERT for as long as the benchmark runs.
 */
final class Seeder {
    /** Two NUTS 2 regions (NUTS 2024 codes) in each of ten countries. */
    static final String[][] REGIONS = { { "AT11", "AT12" }, { "BE21", "BE22" }, { "DE11", "DE12" }, { "DK01", "DK02" },
        { "ES11", "ES12" }, { "FI19", "FI1B" }, { "FR10", "FRB0" }, { "ITC1", "ITC2" }, { "NL11", "NL12" }, { "PT11", "PT15" } };

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    Seeder(String token) {
        this.token = token;
    }

    /** Two regions per country: AT11, AT12, BE21, ... */
    List<String> regions(String regionUrl) throws Exception {
        List<String> codes = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (String[] country : REGIONS) {
            for (int i = 1; i <= 2; i++) {
                String code = country[i - 1];
                codes.add(code);
                String body = "{\"code\":\"" + code + "\",\"name\":\"Benchmark region " + code + "\",\"priorities\":["
                        + "{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\",\"label\":\"Rubber and plastic products\"},"
                        + "{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C1" + i + "\"},"
                        + "{\"family\":\"POLICY_OBJECTIVE\",\"code\":\"GREEN_TRANSITION\"}]}";
                calls.add(send("POST", regionUrl + "/api/v1/regions", body));
            }
        }
        for (var call : calls) {
            HttpResponse<String> r = call.get(60, TimeUnit.SECONDS);
            if (r.statusCode() != 201) {
                throw new IllegalStateException("registering a region: " + r.statusCode() + " " + r.body());
            }
        }
        return codes;
    }

    /**
     * {@code count} partnerships, each ready to advance. Proposals are retried until partnership-service's region
     * read model has caught up with the region events (bounded).
     */
    List<String> partnerships(String partnershipUrl, List<String> regions, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            todo.add(i);
        }
        while (!todo.isEmpty()) {
            List<Integer> batch = new ArrayList<>(todo.subList(0, Math.min(16, todo.size())));
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i : batch) {
                String lead = regions.get(i % regions.size());
                String partner = regions.get((i + 3) % regions.size()); // +3: another country (2 regions each)
                String body = "{\"title\":\"Benchmark partnership " + i + "\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\","
                        + "\"code\":\"C22\"},\"leadRegion\":\"" + lead + "\",\"members\":[{\"regionCode\":\"" + lead
                        + "\",\"role\":\"lead\",\"contribution\":\"pilot lines\"},{\"regionCode\":\"" + partner
                        + "\",\"role\":\"partner\",\"contribution\":\"polymer research\"}]}";
                calls.add(send("POST", partnershipUrl + "/api/v1/partnerships", body));
            }
            boolean failed = false;
            for (int k = 0; k < batch.size(); k++) {
                HttpResponse<String> r = calls.get(k).get(60, TimeUnit.SECONDS);
                if (r.statusCode() == 201) {
                    ids.add(LoadGenerator.JSON.readTree(r.body()).path("id").asText());
                    todo.remove(batch.get(k));
                } else if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("proposing a partnership: " + r.statusCode() + " " + r.body());
                } else {
                    failed = true; // the region read model has not caught up yet: again
                }
            }
            if (failed) {
                CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS)).get();
            }
        }
        for (int batch = 0; batch < ids.size(); batch += 16) {
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (String id : ids.subList(batch, Math.min(ids.size(), batch + 16))) {
                calls.add(send("PUT", partnershipUrl + "/api/v1/partnerships/" + id + "/evidence/scoping-note",
                        "{\"objective\":\"Replace fossil-based packaging\",\"draftActionPlan\":\"1. map 2. pilot 3. apply\"}"));
            }
            for (var call : calls) {
                HttpResponse<String> r = call.get(60, TimeUnit.SECONDS);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("scoping note: " + r.statusCode() + " " + r.body());
                }
            }
        }
        return ids;
    }

    /** Checks that the first partnership really passes its gate (the writes scenario relies on it). */
    void checkReady(String partnershipUrl, String id) throws Exception {
        HttpResponse<String> r = send("GET", partnershipUrl + "/api/v1/partnerships/" + id + "/readiness", null)
                .get(30, TimeUnit.SECONDS);
        JsonNode body = LoadGenerator.JSON.readTree(r.body());
        if (r.statusCode() != 200 || !body.path("ready").asBoolean()) {
            throw new IllegalStateException("partnership " + id + " is not ready to advance: " + body);
        }
    }

    private CompletableFuture<HttpResponse<String>> send(String method, String url, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
