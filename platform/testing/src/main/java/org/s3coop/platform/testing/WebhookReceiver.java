package org.s3coop.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook subscriber's endpoint inside a test: an HTTP server on 127.0.0.1 that records every request it gets
 * (headers in lower case, body, arrival time) and answers with the status it is told ({@link #answer}), 204 by
 * default.
 */
public final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the receiver got it, with the status it answered. */
    public record Request(Map<String, String> headers, byte[] body, long receivedMillis, int answered) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(text(), e);
            }
        }

        public boolean accepted() {
            return answered / 100 == 2;
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 204;
    private volatile String location;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/s3coop";
    }

    /** Answers every request from now on with {@code code} (a 3xx with {@code Location: redirectTo}). */
    public WebhookReceiver answer(int code, String redirectTo) {
        this.location = redirectTo;
        this.status = code;
        return this;
    }

    public WebhookReceiver answer(int code) {
        return answer(code, null);
    }

    public List<Request> all() {
        return new ArrayList<>(requests);
    }

    /** The accepted requests matching {@code match}, once there are at least {@code n} of them. */
    public List<Request> awaitAccepted(Predicate<Request> match, int n, Duration within) {
        Awaitility.await(n + " deliveries").atMost(within).pollInterval(Duration.ofMillis(50))
                .until(() -> accepted(match).size() >= n);
        return accepted(match);
    }

    public List<Request> accepted(Predicate<Request> match) {
        return requests.stream().filter(Request::accepted).filter(match).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        int code = status;
        requests.add(new Request(headers, body, System.currentTimeMillis(), code));
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(code, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
