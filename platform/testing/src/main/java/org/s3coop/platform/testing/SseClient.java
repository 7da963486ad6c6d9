package org.s3coop.platform.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * A test subscriber of GET /api/v1/events/stream: reads the response line by line, as an EventSource would. Used by
 * region-service's stream tests (the service under test: {@code RestAssured.port}) and by system-tests (any instance).
 */
public final class SseClient implements AutoCloseable {
    public static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One SSE event; {@code receivedNanos} is System.nanoTime() and {@code receivedMillis} the wall clock on arrival. */
    public record Event(String id, String name, String data, long receivedNanos, long receivedMillis) {
        public JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (Exception e) {
                throw new IllegalStateException("not JSON: " + data, e);
            }
        }

        public String subject() {
            return json().path("subject").asText(null);
        }

        /** The CloudEvent id (the SSE id is the stream cursor). */
        public String eventId() {
            return json().path("id").asText(null);
        }
    }

    public final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CountDownLatch opened = new CountDownLatch(1);
    private final List<String> comments = new ArrayList<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean ended;
    private CompletableFuture<HttpResponse<Void>> response;
    private String id;
    private String name;
    private StringBuilder data;

    /** Opens the stream of the service under test ({@code RestAssured.port}); see {@link #open(String, String, String)}. */
    public static SseClient open(String query, String lastEventId) {
        return open("http://localhost:" + RestAssured.port, query, lastEventId);
    }

    /**
     * Opens the stream of the service at {@code baseUrl}; {@code query} without '?', {@code lastEventId} sent as the
     * Last-Event-ID header if not null.
     */
    public static SseClient open(String baseUrl, String query, String lastEventId) {
        SseClient c = new SseClient();
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(baseUrl
                + "/api/v1/events/stream" + (query == null || query.isEmpty() ? "" : "?" + query)))
                .header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            rb.header("Last-Event-ID", lastEventId);
        }
        c.response = HTTP.sendAsync(rb.build(), HttpResponse.BodyHandlers.fromLineSubscriber(c.new Lines()));
        return c;
    }

    /** Waits until the server has registered this subscriber (its first comment arrived). */
    public SseClient awaitOpen() {
        try {
            if (!opened.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the stream did not open; response " + (response.isDone() ? response.join() : "pending"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        HttpResponse<Void> r = response.getNow(null);
        if (r != null && (r.statusCode() != 200
                || !r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"))) {
            throw new AssertionError("unexpected response " + r.statusCode() + " " + r.headers().map());
        }
        return this;
    }

    /** Collects events that match until {@code n} of them arrived (fails after {@code wait}). */
    public List<Event> take(Predicate<Event> match, int n, Duration wait) {
        List<Event> got = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (got.size() < n) {
                Event e = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (e == null) {
                    throw new AssertionError("got " + got.size() + " of " + n + " events: " + got);
                }
                if (match.test(e)) {
                    got.add(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return got;
    }

    /** Every matching event that arrives until nothing came for {@code quiet}. */
    public List<Event> drain(Predicate<Event> match, Duration quiet) {
        List<Event> got = new ArrayList<>();
        try {
            Event e;
            while ((e = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                if (match.test(e)) {
                    got.add(e);
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return got;
    }

    public boolean ended() {
        return ended;
    }

    public synchronized List<String> comments() {
        return new ArrayList<>(comments);
    }

    @Override
    public void close() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        response.cancel(true);
    }

    private final class Lines implements Flow.Subscriber<String> {
        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                if (data != null) {
                    events.add(new Event(id, name, data.toString(), System.nanoTime(), System.currentTimeMillis()));
                }
                id = null;
                name = null;
                data = null;
            } else if (line.startsWith(":")) {
                synchronized (SseClient.this) {
                    comments.add(line.substring(1).trim());
                }
                opened.countDown();
            } else {
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                if (value.startsWith(" ")) {
                    value = value.substring(1);
                }
                switch (field) {
                    case "id" -> id = value;
                    case "event" -> name = value;
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    default -> {
                        // retry: and unknown fields
                    }
                }
            }
        }

        @Override
        public void onError(Throwable t) {
            ended = true;
            opened.countDown();
        }

        @Override
        public void onComplete() {
            ended = true;
            opened.countDown();
        }
    }
}
