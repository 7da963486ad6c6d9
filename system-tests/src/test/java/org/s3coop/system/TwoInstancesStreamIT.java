package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.platform.embedded.FreePorts;
import org.s3coop.platform.testing.SseClient;
import org.s3coop.platform.testing.SseClient.Event;
import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;

/**
 * The event stream behind a load balancer: two instances of region-service read the same topics; a subscriber that
 * drops its connection to one and resumes on the other with {@code Last-Event-ID} gets exactly the events it missed
 * — none it had, none lost, not the other instance's whole buffer — and the other instance's ids resume on the first
 * alike (docs/events.md, "Resuming").
 */
@ExtendWith(Suite.class)
class TwoInstancesStreamIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TYPES = "types=org.s3coop.region.*";
    private static final String REGISTERED = "org.s3coop.region.registered.v1";
    private static final String UPDATED = "org.s3coop.region.updated.v1";

    private static void register(String baseUrl, String code) {
        given().baseUri(baseUrl).auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Stream region " + code + "\"}").post("/api/v1/regions")
                .then().statusCode(201);
    }

    private static void update(String baseUrl, String code) {
        given().baseUri(baseUrl).auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"Stream region " + code + ", renamed\",\"priorities\":[]}")
                .put("/api/v1/regions/" + code).then().statusCode(200);
    }

    private static String key(Event e) {
        return e.subject() + " " + e.name();
    }

    @Test
    void aSubscriberResumesOnTheOtherInstanceWithExactlyWhatItMissed() throws Exception {
        int port = FreePorts.next();
        Process secondProcess = Suite.startVariant(Suite.region(), "region-service-2",
                Map.of("QUARKUS_HTTP_PORT", String.valueOf(port)));
        String first = Suite.region().url();
        String second = "http://localhost:" + port;
        try {
            awaitReady(second, secondProcess);
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                codes.add(NutsCodes.code("two-instances-stream"));
            }
            Set<String> mine = Set.copyOf(codes);

            // connected to the first instance: 20 registrations, written through both instances
            String lastSeen;
            Set<String> seen = new HashSet<>();
            try (SseClient onFirst = SseClient.open(first, TYPES, null).awaitOpen()) {
                for (int i = 0; i < 20; i++) {
                    register(i % 2 == 0 ? first : second, codes.get(i));
                }
                List<Event> got = onFirst.take(e -> mine.contains(e.subject()), 20, WAIT);
                got.forEach(e -> seen.add(e.eventId()));
                lastSeen = got.get(19).id();
            }
            // disconnected: 20 more registrations, 5 updates
            Set<String> missed = new HashSet<>();
            for (int i = 20; i < 40; i++) {
                register(i % 2 == 0 ? first : second, codes.get(i));
                missed.add(codes.get(i) + " " + REGISTERED);
            }
            for (int i = 0; i < 5; i++) {
                update(second, codes.get(i));
                missed.add(codes.get(i) + " " + UPDATED);
            }

            // resumed on the second instance: exactly what was missed, then live events
            String resumeAgainAt;
            Set<String> sentBySecond = new HashSet<>();
            List<Event> fromSecond;
            try (SseClient onSecond = SseClient.open(second, TYPES, lastSeen).awaitOpen()) {
                for (int i = 5; i < 10; i++) {
                    update(first, codes.get(i));
                    missed.add(codes.get(i) + " " + UPDATED);
                }
                fromSecond = onSecond.take(e -> mine.contains(e.subject()), missed.size(), WAIT);
                assertThat(onSecond.drain(e -> mine.contains(e.subject()), Duration.ofSeconds(2)))
                        .as("nothing more").isEmpty();
            }
            assertThat(fromSecond).extracting(Event::eventId).doesNotHaveDuplicates().doesNotContainAnyElementsOf(seen);
            assertThat(fromSecond.stream().map(TwoInstancesStreamIT::key).toList())
                    .containsExactlyInAnyOrderElementsOf(missed);
            fromSecond.forEach(e -> sentBySecond.add(e.eventId()));
            // the second instance's cursors resume on the first alike: after its 10th event, the rest
            resumeAgainAt = fromSecond.get(9).id();
            List<String> rest = fromSecond.subList(10, fromSecond.size()).stream().map(Event::eventId).toList();
            try (SseClient backOnFirst = SseClient.open(first, TYPES, resumeAgainAt).awaitOpen()) {
                List<Event> got = backOnFirst.take(e -> mine.contains(e.subject()), rest.size(), WAIT);
                assertThat(got).extracting(Event::eventId).containsExactlyInAnyOrderElementsOf(rest);
                assertThat(backOnFirst.drain(e -> mine.contains(e.subject()), Duration.ofSeconds(2))).isEmpty();
            }
            assertThat(sentBySecond).hasSize(missed.size());
        } finally {
            secondProcess.destroy();
            if (!secondProcess.waitFor(30, TimeUnit.SECONDS)) {
                secondProcess.destroyForcibly();
            }
        }
    }

    private static void awaitReady(String baseUrl, Process process) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Awaitility.await("second region-service ready").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    assertThat(process.isAlive()).as("see target/services/region-service-2.log").isTrue();
                    try {
                        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode() == 200;
                    } catch (java.io.IOException e) {
                        return false;
                    }
                });
    }
}
