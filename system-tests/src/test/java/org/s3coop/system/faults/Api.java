package org.s3coop.system.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.s3coop.system.Suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain HTTP client for fault tests: thread-safe, bounded by timeouts, and it never throws for an HTTP status
 * (a refused or reset connection is answered as status 0, so a test can count it).
 */
final class Api {
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    /**
     * One answer: status (0 = no HTTP answer), headers that matter here (and all of them), body as JSON when it is
     * JSON, duration.
     */
    record Reply(int status, String contentType, String retryAfter, String etag, JsonNode body, String text, long millis,
            HttpHeaders headers) {
        boolean is2xx() {
            return status >= 200 && status < 300;
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json") && body != null
                    && body.path("status").asInt() == status;
        }

        String text(String field) {
            return body == null ? null : body.path(field).asText(null);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (k, v) -> true);

    private Api() {
    }

    static Reply get(Suite.Service service, String path) {
        return send(HttpRequest.newBuilder(URI.create(service.url() + path)).GET());
    }

    static Reply post(Suite.Service service, String path, String token, String json) {
        return write("POST", service, path, token, json, null);
    }

    static Reply put(Suite.Service service, String path, String token, String json) {
        return write("PUT", service, path, token, json, null);
    }

    static Reply write(String method, Suite.Service service, String path, String token, String json, String ifMatch) {
        return writeWithHeaders(method, service, path, token, json, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    /** A write with extra request headers (If-Match, Idempotency-Key, ...). */
    static Reply writeWithHeaders(String method, Suite.Service service, String path, String token, String json,
            Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(service.url() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(b::header);
        return send(b);
    }

    private static Reply send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            String type = r.headers().firstValue("Content-Type").orElse(null);
            JsonNode body = null;
            if (type != null && type.contains("json") && !r.body().isEmpty()) {
                try {
                    body = JSON.readTree(r.body());
                } catch (IOException e) {
                    body = null;
                }
            }
            return new Reply(r.statusCode(), type, r.headers().firstValue("Retry-After").orElse(null),
                    r.headers().firstValue("ETag").orElse(null), body, r.body(), millis, r.headers());
        } catch (IOException e) {
            return new Reply(0, null, null, null, null, e.toString(), (System.nanoTime() - start) / 1_000_000, NONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, null, null, null, null, e.toString(), (System.nanoTime() - start) / 1_000_000, NONE);
        }
    }
}
