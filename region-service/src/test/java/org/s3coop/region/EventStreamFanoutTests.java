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
 * subscriber received every event exactly once.
 */
@QuarkusTest
class EventStreamFanoutTests {
    private static final int SUBSCRIBERS = Integer.getInteger("fanout.subscribers", 200);
    private static final int WRITES = Integer.getInteger("fanout.writes", 500);
    private static final String REGISTERED = "org.s3coop.region.registered.v1";

    private record Write(String code, long sentNanos, long ackNanos) {
        double millis() {
            return (ackNanos - sentNanos) / 1e6;
        }
    }

    @Test
    void twoHundredSubscribersEachGetEveryEvent() throws Exception {
        String token = TestTokens.admin();
        writes("QW", 50, token); // warm-up
        List<Write> alone = writes("QV", WRITES, token);

        List<SseClient> subscribers = new ArrayList<>();
        try {
            long openStart = System.nanoTime();
            for (int i = 0; i < SUBSCRIBERS; i++) {
                subscribers.add(SseClient.open("types=" + REGISTERED, null));
            }
            subscribers.forEach(SseClient::awaitOpen);
            double openMillis = (System.nanoTime() - openStart) / 1e6;
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> gauge() >= SUBSCRIBERS);

            List<Write> fanned = writes("QF", WRITES, token);
            Map<String, Write> byCode = new HashMap<>();
            fanned.forEach(w -> byCode.put(w.code(), w));
            Set<String> codes = byCode.keySet();

            List<Double> afterAck = new ArrayList<>();
            List<Double> afterEventTime = new ArrayList<>();
            long lastArrival = 0;
            for (SseClient s : subscribers) {
                List<Event> got = s.take(e -> codes.contains(e.subject()), WRITES, Duration.ofSeconds(120));
                assertThat(got).extracting(Event::id).doesNotHaveDuplicates();
                assertThat(got).extracting(Event::subject).containsExactlyInAnyOrderElementsOf(codes);
                assertThat(s.ended()).isFalse();
                for (Event e : got) {
                    afterAck.add((e.receivedNanos() - byCode.get(e.subject()).ackNanos()) / 1e6);
                    afterEventTime.add((double) (e.receivedMillis()
                            - OffsetDateTime.parse(e.json().get("time").asText()).toInstant().toEpochMilli()));
                    lastArrival = Math.max(lastArrival, e.receivedNanos());
                }
            }
            double drainMillis = (lastArrival - fanned.get(fanned.size() - 1).ackNanos()) / 1e6;
            double writeSeconds = (fanned.get(fanned.size() - 1).ackNanos() - fanned.get(0).sentNanos()) / 1e9;

            String report = String.format(Locale.ROOT, """
                    # SSE fan-out (EventStreamFanoutTests)

                    %d sequential region registrations (POST /api/v1/regions) per run, one writer; stream subscribers
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
                    """, WRITES, REGISTERED, Runtime.getRuntime().availableProcessors(),
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

    private static List<Write> writes(String country, int n, String token) throws Exception {
        List<Write> result = new ArrayList<>(n);
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/api/v1/regions");
        for (int i = 0; i < n; i++) {
            String code = Fixtures.code(country);
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"Region " + code
                            + "\",\"priorities\":[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C21\"}]}"))
                    .build();
            long sent = System.nanoTime();
            HttpResponse<String> response = SseClient.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            long ack = System.nanoTime();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            result.add(new Write(code, sent, ack));
        }
        return result;
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
