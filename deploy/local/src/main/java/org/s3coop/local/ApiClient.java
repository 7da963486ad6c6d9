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

    Response post(URI uri, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }
}
