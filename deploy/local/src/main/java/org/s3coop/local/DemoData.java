package org.s3coop.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Step 6: demo data, sent through the public API like any client would, and idempotent across restarts.
 * The data lives in JSON resources under {@code demo/}; there is one method per service, and {@link #seed} calls them
 * in dependency order. To seed another service, add {@code demo/<thing>.json} and a method here.
 */
final class DemoData {
    /** Where each service answers, e.g. {@code http://127.0.0.1:8081}. */
    record Endpoints(URI region, URI partnership, URI challenge) {
    }

    private final ApiClient api;
    private final ObjectMapper json;
    private final Endpoints endpoints;

    DemoData(ApiClient api, ObjectMapper json, Endpoints endpoints) {
        this.api = api;
        this.json = json;
        this.endpoints = endpoints;
    }

    void seed() throws IOException, InterruptedException {
        seedRegions();
        // later: seedPartnerships() from demo/partnerships.json, seedChallenges() from demo/challenges.json
    }

    /**
     * region-service: {@code demo/regions.json} is a list of {@code {"region": <POST /api/v1/regions body>,
     * "stakeholders": [<POST /api/v1/regions/{code}/stakeholders body>, ...]}}. A region that already exists (409)
     * is skipped together with its stakeholders, so a restart adds nothing twice.
     */
    void seedRegions() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        JsonNode entries = resource("demo/regions.json");
        int created = 0;
        int existing = 0;
        int stakeholders = 0;
        int failed = 0;
        URI regions = endpoints.region().resolve("/api/v1/regions");
        for (JsonNode entry : entries) {
            JsonNode region = entry.required("region");
            String code = region.required("code").asText();
            ApiClient.Response response = api.post(regions, region);
            if (response.status() == 409) {
                existing++;
                continue;
            }
            if (!response.isSuccess()) {
                failed++;
                Console.warn("demo data: POST %s %s -> %d %s", regions.getPath(), code, response.status(),
                        response.summary());
                if (failed == 1 && created == 0 && existing == 0 && java.util.Set.of(401, 403, 404, 405)
                        .contains(response.status())) {
                    Console.warn("demo data: the first region was refused with %d (%s); the other regions are skipped",
                            response.status(), response.status() >= 404 ? "no such endpoint yet" : "token not accepted");
                    break;
                }
                continue;
            }
            created++;
            URI stakeholderUri = endpoints.region().resolve("/api/v1/regions/" + code + "/stakeholders");
            for (JsonNode stakeholder : entry.path("stakeholders")) {
                ApiClient.Response r = api.post(stakeholderUri, stakeholder);
                if (r.isSuccess()) {
                    stakeholders++;
                } else {
                    failed++;
                    Console.warn("demo data: POST %s %s -> %d %s", stakeholderUri.getPath(),
                            stakeholder.path("name").asText(), r.status(), r.summary());
                }
            }
        }
        Console.step("demo data: regions %d created, %d already there; %d stakeholders added%s (%s)", created, existing,
                stakeholders, failed > 0 ? "; " + failed + " requests failed" : "", Console.seconds(System.nanoTime() - t0));
    }

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return json.readTree(in);
        }
    }
}
