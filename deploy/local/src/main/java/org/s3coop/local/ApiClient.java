package org.s3coop.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small JSON client for the services' public API, authenticated with a bearer token. */
final class ApiClient {
    record Response(int status, String body) {
        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** The start of the body (a problem+json document, usually) on one line, for short messages. */
        String summary() {
            String text = body == null ? "" : body.replaceAll("\\s+", " ").trim();
            return text.length() > 200 ? text.substring(0, 200) + "..." : text;
        }
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final String bearer;

    ApiClient(HttpClient http, ObjectMapper json, String token) {
        this.http = http;
        this.json = json;
        this.bearer = "Bearer " + token;
    }

    Response get(URI uri) throws IOException, InterruptedException {
        return send(request(uri).GET().build());
    }

    Response post(URI uri, JsonNode body) throws IOException, InterruptedException {
        return send(request(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    /** POSTs a body that is not JSON (e.g. {@code text/csv}). */
    Response post(URI uri, String contentType, String body) throws IOException, InterruptedException {
        return send(request(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Response put(URI uri, JsonNode body) throws IOException, InterruptedException {
        return send(request(uri).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    Response delete(URI uri) throws IOException, InterruptedException {
        return send(request(uri).DELETE().build());
    }

    /** The same client with another bearer token (e.g. an editor of some regions). */
    ApiClient as(String token) {
        return new ApiClient(http, json, token);
    }

    /** The body as JSON; a missing node when it is empty or not JSON. */
    JsonNode json(Response response) {
        try {
            JsonNode node = response.body() == null || response.body().isBlank() ? null : json.readTree(response.body());
            return node == null ? json.missingNode() : node;
        } catch (IOException e) {
            return json.missingNode();
        }
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer)
                .header("Accept", "application/json");
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }
}
