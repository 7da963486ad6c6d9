package org.s3coop.region;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.SseClient;
import org.s3coop.platform.testing.SseClient.Event;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Fan-out measurement: write latency with 0 and with 200 subscribers, and the delivery latency to 200 subscribers.
 * The figures go to target/stream-fanout.md (they are written down, not asserted); what is asserted is that every
 * subscriber received every event exactly once. The writes are region updates (a new name each time) spread over a
 * few regions: NUTS codes are a finite set, and each write still publishes one event, told apart by its version.
 */
@QuarkusTest
class EventStreamFanoutTests {
    private static final int SUBSCRIBERS = Integer.getInteger("fanout.subscribers", 200);
    private static final int WRITES = Integer.getInteger("fanout.writes", 500);
    private static final String UPDATED = "org.s3coop.region.updated.v1";
    /** The regions the writes update, in turn. */
    private static final int REGIONS = 25;

    private record Write(String code, long version, long sentNanos, long ackNanos) {
        String key() {
            return code + "@" + version;
        }

        double millis() {
            return (ackNanos - sentNanos) / 1e6;
        }
    }

    @Test
    void twoHundredSubscribersEachGetEveryEvent() throws Exception {
        String token = TestTokens.admin();
        List<String> regions = new ArrayList<>();
        for (int i = 0; i < REGIONS; i++) {
            regions.add(Fixtures.registered("[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C21\"}]"));
        }
        writes(regions, 50, token); // warm-up
        List<Write> alone = writes(regions, WRITES, token);

        List<SseClient> subscribers = new ArrayList<>();
        try {
            long openStart = System.nanoTime();
            for (int i = 0; i < SUBSCRIBERS; i++) {
                subscribers.add(SseClient.open("types=" + UPDATED, null));
            }
            subscribers.forEach(SseClient::awaitOpen);
            double openMillis = (System.nanoTime() - openStart) / 1e6;
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> gauge() >= SUBSCRIBERS);

            List<Write> fanned = writes(regions, WRITES, token);
            Map<String, Write> byKey = new HashMap<>();
            fanned.forEach(w -> byKey.put(w.key(), w));
            Set<String> keys = byKey.keySet();

            List<Double> afterAck = new ArrayList<>();
            List<Double> afterEventTime = new ArrayList<>();
            long lastArrival = 0;
            for (SseClient s : subscribers) {
                List<Event> got = s.take(e -> keys.contains(keyOf(e)), WRITES, Duration.ofSeconds(120));
                assertThat(got).extracting(Event::id).doesNotHaveDuplicates();
                assertThat(got).extracting(EventStreamFanoutTests::keyOf).containsExactlyInAnyOrderElementsOf(keys);
                assertThat(s.ended()).isFalse();
                for (Event e : got) {
                    afterAck.add((e.receivedNanos() - byKey.get(keyOf(e)).ackNanos()) / 1e6);
                    afterEventTime.add((double) (e.receivedMillis()
                            - OffsetDateTime.parse(e.json().get("time").asText()).toInstant().toEpochMilli()));
                    lastArrival = Math.max(lastArrival, e.receivedNanos());
                }
            }
            double drainMillis = (lastArrival - fanned.get(fanned.size() - 1).ackNanos()) / 1e6;
            double writeSeconds = (fanned.get(fanned.size() - 1).ackNanos() - fanned.get(0).sentNanos()) / 1e9;

            String report = String.format(Locale.ROOT, """
                    # SSE fan-out (EventStreamFanoutTests)

                    %d sequential region updates (PUT /api/v1/regions/{code}, %d regions in turn) per run, one writer; stream subscribers
                    on `GET /api/v1/events/stream?types=%s`, all in the same JVM as the service, on this machine
                    (%d CPUs). Latencies in ms.

                    | | p50 | p99 | max |
                    |---|---|---|---|
                    | write latency, 0 subscribers | %.1f | %.1f | %.1f |
                    | write latency, %d subscribers | %.1f | %.1f | %.1f |
                    | write acknowledged -> event at subscriber (%d x %d deliveries) | %.1f | %.1f | %.1f |
                    | `ce_time` (in the write transaction) -> event at subscriber | %.0f | %.0f | %.0f |

                    - every subscriber received every one of the %d events, once: yes (asserted)
                    - %d subscribers opened in %.0f ms; the %d writes took %.1f s; the last delivery came %.0f ms after
                      the last write was acknowledged
                    """, WRITES, REGIONS, UPDATED, Runtime.getRuntime().availableProcessors(),
                    p(millis(alone), 50), p(millis(alone), 99), p(millis(alone), 100),
                    SUBSCRIBERS, p(millis(fanned), 50), p(millis(fanned), 99), p(millis(fanned), 100),
                    SUBSCRIBERS, WRITES, p(afterAck, 50), p(afterAck, 99), p(afterAck, 100),
                    p(afterEventTime, 50), p(afterEventTime, 99), p(afterEventTime, 100),
                    WRITES, SUBSCRIBERS, openMillis, WRITES, writeSeconds, drainMillis);
            Files.writeString(Path.of("target", "stream-fanout.md"), report);
            System.out.println(report);
        } finally {
            subscribers.forEach(SseClient::close);
        }
        // closed connections are noticed and unregistered
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> gauge() == 0);
    }

    /** {@code n} updates, each giving one of the regions a new name (so each is a change, with its event). */
    private static List<Write> writes(List<String> regions, int n, String token) throws Exception {
        List<Write> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String code = regions.get(i % regions.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                    + "/api/v1/regions/" + code)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Region " + code + " #" + System.nanoTime()
                            + "\",\"priorities\":[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C21\"}]}"))
                    .build();
            long sent = System.nanoTime();
            HttpResponse<String> response = SseClient.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            long ack = System.nanoTime();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            long version = Long.parseLong(response.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
            result.add(new Write(code, version, sent, ack));
        }
        return result;
    }

    /** The region and version an event is about: one write each. */
    private static String keyOf(Event e) {
        return e.subject() + "@" + e.json().get("data").get("version").asLong();
    }

    private static List<Double> millis(List<Write> writes) {
        return writes.stream().map(Write::millis).toList();
    }

    private static double p(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static double gauge() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("s3coop_stream_subscribers"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }
}
