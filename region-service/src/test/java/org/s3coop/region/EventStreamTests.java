package org.s3coop.region;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.s3coop.region.support.Fixtures.priorities;
import static org.s3coop.region.support.Fixtures.registered;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.CloudEventSender;
import org.s3coop.platform.testing.SseClient;
import org.s3coop.platform.testing.SseClient.Event;
import org.s3coop.platform.testing.SuiteInfrastructure;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.region.support.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** GET /api/v1/events/stream: the three topics as Server-Sent Events, with filters and Last-Event-ID. */
@QuarkusTest
class EventStreamTests {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String REGISTERED = "org.s3coop.region.registered.v1";
    private static final String UPDATED = "org.s3coop.region.updated.v1";
    private static final String RETIRED = "org.s3coop.region.retired.v1";
    private static CloudEventSender sender;

    @BeforeAll
    static void connect() {
        sender = new CloudEventSender(SuiteInfrastructure.kafka().bootstrapServers());
    }

    @AfterAll
    static void close() {
        sender.close();
    }

    private static void update(String code) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"Renamed\",\"priorities\":" + priorities("C21") + "}")
                .when().put("/api/v1/regions/" + code).then().statusCode(200);
    }

    private static void retire(String code) {
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/regions/" + code).then().statusCode(204);
    }

    @Test
    void writesArriveAsServerSentEvents() {
        String code = Fixtures.code();
        try (SseClient stream = SseClient.open("subject=" + code, null).awaitOpen()) {
            Fixtures.register(code, priorities("C21", "HEALTH")).then().statusCode(201);
            update(code);
            retire(code);
            List<Event> events = stream.take(e -> true, 3, WAIT);
            assertThat(events).extracting(Event::name).containsExactly(REGISTERED, UPDATED, RETIRED);
            assertThat(events).extracting(Event::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("c"));
            assertThat(events).extracting(Event::eventId).doesNotHaveDuplicates().allMatch(id -> !id.isBlank());
            for (Event e : events) {
                JsonNode json = e.json();
                assertThat(UUID.fromString(json.get("id").asText())).isNotNull();
                assertThat(json.get("type").asText()).isEqualTo(e.name());
                assertThat(json.get("source").asText()).isEqualTo("/s3coop/region-service");
                assertThat(json.get("subject").asText()).isEqualTo(code);
                assertThat(OffsetDateTime.parse(json.get("time").asText())).isBeforeOrEqualTo(OffsetDateTime.now());
                assertThat(json.get("data").get("code").asText()).isEqualTo(code);
            }
            assertThat(events).extracting(e -> e.json().get("data").get("version").asLong()).containsExactly(1L, 2L, 3L);
            assertThat(events.get(0).json().get("data").get("priorities").findValuesAsText("code"))
                    .containsExactly("C21", "HEALTH");
            assertThat(events.get(1).json().get("data").get("name").asText()).isEqualTo("Renamed");
        }
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("s3coop_stream_subscribers"))
                .body(org.hamcrest.Matchers.containsString("s3coop_stream_events_total"));
    }

    @Test
    void filtersByTypeAndSubject() {
        String code = Fixtures.code();
        String other = Fixtures.code();
        try (SseClient retiredOnly = SseClient.open("types=" + RETIRED + "&subject=" + code, null).awaitOpen();
                SseClient regionPrefix = SseClient.open("types=org.s3coop.region.*&subject=" + code, null).awaitOpen();
                SseClient twoTypes = SseClient.open("types=" + REGISTERED + "," + RETIRED, null).awaitOpen();
                SseClient partnerships = SseClient.open("types=org.s3coop.partnership.*&subject=" + code, null)
                        .awaitOpen()) {
            Fixtures.register(code, priorities("C21")).then().statusCode(201);
            Fixtures.register(other, priorities("C21")).then().statusCode(201);
            update(code);
            retire(code);

            assertThat(retiredOnly.take(e -> true, 1, WAIT)).extracting(Event::name).containsExactly(RETIRED);
            assertThat(regionPrefix.take(e -> true, 3, WAIT)).extracting(Event::name)
                    .containsExactly(REGISTERED, UPDATED, RETIRED);
            List<Event> mine = twoTypes.take(e -> Set.of(code, other).contains(e.subject()), 3, WAIT);
            assertThat(mine).extracting(Event::name).containsOnly(REGISTERED, RETIRED);
            assertThat(mine).filteredOn(e -> e.subject().equals(code)).extracting(Event::name)
                    .containsExactly(REGISTERED, RETIRED);
            // nothing else came through the filters
            assertThat(retiredOnly.drain(e -> true, Duration.ofMillis(500))).isEmpty();
            assertThat(regionPrefix.drain(e -> true, Duration.ofMillis(10))).isEmpty();
            assertThat(twoTypes.drain(e -> !Set.of(REGISTERED, RETIRED).contains(e.name()), Duration.ofMillis(10)))
                    .isEmpty();
            assertThat(partnerships.drain(e -> true, Duration.ofMillis(10))).isEmpty();
        }
    }

    @Test
    void lastEventIdResumesWithNothingMissedAndNothingRepeated() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            codes.add(Fixtures.code());
        }
        String lastSeen;
        List<String> seenIds;
        try (SseClient first = SseClient.open("types=org.s3coop.region.*", null).awaitOpen()) {
            for (String code : codes.subList(0, 3)) {
                Fixtures.register(code, priorities("C21")).then().statusCode(201);
            }
            List<Event> got = first.take(e -> codes.contains(e.subject()), 3, WAIT);
            seenIds = got.stream().map(Event::id).toList();
            lastSeen = got.get(2).id();
        }
        // written while nobody is connected
        for (String code : codes.subList(3, 6)) {
            Fixtures.register(code, priorities("C21")).then().statusCode(201);
        }
        try (SseClient resumed = SseClient.open("types=org.s3coop.region.*", lastSeen).awaitOpen();
                SseClient byQuery = SseClient.open("types=org.s3coop.region.*&lastEventId=" + lastSeen, null)
                        .awaitOpen();
                SseClient unknown = SseClient.open("types=org.s3coop.region.*", UUID.randomUUID().toString())
                        .awaitOpen()) {
            // written after the reconnection
            retire(codes.get(0));
            retire(codes.get(1));
            for (SseClient s : List.of(resumed, byQuery)) {
                List<Event> events = s.take(e -> codes.contains(e.subject()), 5, WAIT);
                assertThat(events).extracting(Event::id).doesNotHaveDuplicates().doesNotContainAnyElementsOf(seenIds);
                assertThat(events).extracting(e -> e.subject() + " " + e.name()).containsExactlyInAnyOrder(
                        codes.get(3) + " " + REGISTERED, codes.get(4) + " " + REGISTERED,
                        codes.get(5) + " " + REGISTERED, codes.get(0) + " " + RETIRED, codes.get(1) + " " + RETIRED);
                assertThat(s.drain(e -> codes.contains(e.subject()), Duration.ofMillis(500))).isEmpty();
            }
            // an id the buffer does not hold (any more): the whole buffer is replayed, then live events
            List<Event> all = unknown.take(e -> codes.contains(e.subject()), 8, WAIT);
            assertThat(all).extracting(Event::id).doesNotHaveDuplicates().containsAll(seenIds);
            assertThat(all.stream().map(e -> e.subject() + " " + e.name()).collect(Collectors.toSet()))
                    .hasSize(8).contains(codes.get(0) + " " + RETIRED, codes.get(5) + " " + REGISTERED);
        }
    }

    @Test
    void theOtherTopicsArriveOnTheSameStream() {
        String region = registered(priorities("C21"));
        String partnership = UUID.randomUUID().toString();
        String challenge = UUID.randomUUID().toString();
        try (SseClient stream = SseClient.open("types=org.s3coop.partnership.*,org.s3coop.challenge.*", null)
                .awaitOpen()) {
            String pid = sender.send("s3coop.partnerships.v1", "/s3coop/partnership-service",
                    "org.s3coop.partnership.proposed.v1", partnership,
                    "{\"id\":\"" + partnership + "\",\"version\":1,\"title\":\"Stream test\",\"leadRegion\":\"" + region
                            + "\",\"members\":[{\"regionCode\":\"" + region + "\"}],\"stage\":\"SCOPING\","
                            + "\"status\":\"ACTIVE\"}");
            String cid = sender.send("s3coop.challenges.v1", "/s3coop/challenge-service",
                    "org.s3coop.challenge.raised.v1", challenge,
                    "{\"id\":\"" + challenge + "\",\"version\":1,\"title\":\"Stream test\"}");
            List<Event> events = stream.take(e -> Set.of(partnership, challenge).contains(e.subject()), 2, WAIT);
            assertThat(events).extracting(Event::eventId).containsExactlyInAnyOrder(pid, cid);
            Event p = events.stream().filter(e -> e.eventId().equals(pid)).findFirst().orElseThrow();
            assertThat(p.name()).isEqualTo("org.s3coop.partnership.proposed.v1");
            assertThat(p.json().get("source").asText()).isEqualTo("/s3coop/partnership-service");
            assertThat(p.json().get("data").get("leadRegion").asText()).isEqualTo(region);
            Event c = events.stream().filter(e -> e.eventId().equals(cid)).findFirst().orElseThrow();
            assertThat(c.name()).isEqualTo("org.s3coop.challenge.raised.v1");
        }
    }

    @Test
    void aRedeliveredEventIsStreamedOnce() {
        String partnership = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        try (SseClient stream = SseClient.open("subject=" + partnership, null).awaitOpen()) {
            String data = "{\"id\":\"" + partnership + "\",\"version\":1}";
            sender.send("s3coop.challenges.v1", id, "/s3coop/challenge-service", "org.s3coop.challenge.updated.v1",
                    partnership, data);
            sender.send("s3coop.challenges.v1", id, "/s3coop/challenge-service", "org.s3coop.challenge.updated.v1",
                    partnership, data);
            assertThat(stream.take(e -> true, 1, WAIT)).extracting(Event::eventId).containsExactly(id);
            assertThat(stream.drain(e -> true, Duration.ofSeconds(1))).isEmpty();
        }
    }

    /**
     * The bytes on the wire: the stream's first comment, then each event as {@code field:value} lines (the format the
     * stream has always sent: content-type, id, event, one data line, an empty line), whatever write carried them.
     */
    @Test
    void eachEventIsSentAsTheSseFrameTheStreamAlwaysSent() throws Exception {
        String code = Fixtures.code();
        Event event;
        try (SseClient stream = SseClient.open("subject=" + code, null).awaitOpen()) {
            Fixtures.register(code, priorities("C21")).then().statusCode(201);
            event = stream.take(e -> true, 1, WAIT).get(0);
        }
        String expected = ":stream open\nretry:3000\n\n"
                + "content-type:text/plain\nid:" + event.id() + "\nevent:" + REGISTERED + "\ndata:" + event.data()
                + "\n\n";
        // an id that is no cursor replays the buffer: this subject's one event, right after the first comment
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + "/api/v1/events/stream?subject=" + code + "&lastEventId=none")).header("Accept", "text/event-stream")
                .GET().build();
        HttpResponse<InputStream> response = SseClient.HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("text/event-stream");
            assertThat(response.headers().firstValue("Content-Length")).isEmpty();
            byte[] want = expected.getBytes(StandardCharsets.UTF_8);
            byte[] got = assertTimeoutPreemptively(WAIT, () -> body.readNBytes(want.length));
            assertThat(new String(got, StandardCharsets.UTF_8)).isEqualTo(expected);
        }
    }
}
