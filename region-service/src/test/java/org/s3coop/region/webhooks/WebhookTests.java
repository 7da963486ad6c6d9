package org.s3coop.region.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.s3coop.region.support.Fixtures.priorities;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.platform.testing.WebhookReceiver;
import org.s3coop.platform.testing.WebhookReceiver.Request;
import org.s3coop.region.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Webhooks as a subscriber meets them (docs/api.md, "Webhooks"): the subscription API, signed CloudEvents in HTTP
 * binary mode (verified with {@link StandardWebhooksVerifier}, an implementation of the specification's receiver
 * side), retries through an outage, pause and resume, test and replay, the SSRF guard, redirects, the rate limit, an
 * editor's scope. The test profile allows http to 127.0.0.1 and retries after 100 ms (at most 1 s); a subscription
 * pauses after 3 failed attempts over 5 s.
 */
@QuarkusTest
class WebhookTests {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ADMIN = TestTokens.admin();
    /** The Standard Webhooks specification's test vector. */
    private static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String REGISTERED = "org.s3coop.region.registered.v1";
    private static final String UPDATED = "org.s3coop.region.updated.v1";
    private static final String RETIRED = "org.s3coop.region.retired.v1";

    private static Response subscribe(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/webhooks");
    }

    private static JsonPath subscribed(String url, String types, String extra) {
        return subscribe(ADMIN, "{\"url\":\"" + url + "\",\"types\":" + types + extra + "}").then().statusCode(201)
                .extract().jsonPath();
    }

    private static void update(String code) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"Renamed\",\"priorities\":" + priorities("C21") + "}")
                .put("/api/v1/regions/" + code).then().statusCode(200);
    }

    private static void retire(String code) {
        given().auth().oauth2(ADMIN).delete("/api/v1/regions/" + code).then().statusCode(204);
    }

    private static String registered() {
        String code = Fixtures.code();
        Fixtures.register(code, priorities("C21")).then().statusCode(201);
        return code;
    }

    private static JsonPath log(String id) {
        return given().auth().oauth2(ADMIN).queryParam("size", 100).get("/api/v1/webhooks/" + id + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void delete(String id) {
        given().auth().oauth2(ADMIN).delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    private static void assertSigned(Request r, String secret) {
        long now = System.currentTimeMillis() / 1000;
        assertThat(new StandardWebhooksVerifier(secret).verify(r.header("webhook-id"), r.header("webhook-timestamp"),
                r.header("webhook-signature"), r.body(), now)).as("signature of " + r.headers()).isTrue();
    }

    @Test
    void theReceiverSideVerifierAcceptsTheSpecificationsTestVectorOnly() {
        StandardWebhooksVerifier v = new StandardWebhooksVerifier(VECTOR_SECRET);
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        String signature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

        assertThat(v.verify("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", signature, body, 1614265330)).isTrue();
        assertThat(v.verify("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", "v1,bm90IGl0 " + signature, body,
                1614265330)).as("one of several signatures").isTrue();
        assertThat(v.verify("msg_other", "1614265330", signature, body, 1614265330)).isFalse();
        assertThat(v.verify("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", signature, body, 1614265330 + 301)).isFalse();
        assertThat(v.verify("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", signature,
                "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), 1614265330)).isFalse();
    }

    @Test
    void subscribedEventsArriveSignedAsCloudEventsInOrder() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Response created = subscribe(ADMIN, "{\"url\":\"" + receiver.url() + "\",\"types\":[\"org.s3coop.region.*\"]}");
            created.then().statusCode(201).header("Location", startsWith("http")).body("status", equalTo("ACTIVE"))
                    .body("regions", equalTo(null)).body("maxPerSecond", equalTo(10)).body("owner", equalTo("admin"));
            String id = created.jsonPath().getString("id");
            String secret = created.jsonPath().getString("secret");
            assertThat(secret).startsWith("whsec_");
            assertThat(created.getHeader("Location")).endsWith("/api/v1/webhooks/" + id);
            // the secret is answered once
            String read = given().auth().oauth2(ADMIN).get("/api/v1/webhooks/" + id).then().statusCode(200)
                    .body("id", equalTo(id)).extract().asString();
            assertThat(read).doesNotContain(secret.substring(6)).doesNotContain("secret");
            assertThat(given().auth().oauth2(ADMIN).queryParam("size", 100).get("/api/v1/webhooks").then()
                    .statusCode(200).extract().asString()).contains(id).doesNotContain(secret.substring(6));

            String code = registered();
            update(code);
            retire(code);
            List<Request> got = receiver.awaitAccepted(r -> code.equals(r.header("ce-subject")), 3, WAIT);

            assertThat(got).extracting(r -> r.header("ce-type")).containsExactly(REGISTERED, UPDATED, RETIRED);
            for (Request r : got) {
                assertSigned(r, secret);
                assertThat(r.header("content-type")).isEqualTo("application/json");
                assertThat(r.header("ce-specversion")).isEqualTo("1.0");
                assertThat(r.header("ce-source")).isEqualTo("/s3coop/region-service");
                assertThat(UUID.fromString(r.header("ce-id"))).isNotNull();
                assertThat(r.header("webhook-id")).isEqualTo(r.header("ce-id"));
                assertThat(OffsetDateTime.parse(r.header("ce-time"))).isBeforeOrEqualTo(OffsetDateTime.now());
                assertThat(r.json().get("code").asText()).isEqualTo(code);
            }
            assertThat(got).extracting(r -> r.json().get("version").asInt()).containsExactly(1, 2, 3);
            Awaitility.await("the log").atMost(WAIT).untilAsserted(() -> {
                JsonPath log = log(id);
                List<Map<String, Object>> mine = log.<Map<String, Object>>getList("items").stream()
                        .filter(d -> code.equals(d.get("subject"))).toList();
                assertThat(mine).extracting(d -> d.get("status")).containsOnly("DELIVERED").hasSize(3);
                assertThat(mine).extracting(d -> d.get("lastStatus")).containsOnly(204);
                assertThat(mine).extracting(d -> d.get("kind")).containsOnly("EVENT");
                assertThat(mine).extracting(d -> d.get("type")).containsExactly(RETIRED, UPDATED, REGISTERED);
            });
            delete(id);
            given().auth().oauth2(ADMIN).get("/api/v1/webhooks/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aReceiverOutageDelaysButLosesNothingAndKeepsEachRegionsOrder() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver().answer(503)) {
            String id = subscribed(receiver.url(), "[\"org.s3coop.region.registered.v1\",\"org.s3coop.region.updated.v1\"]",
                    ",\"secret\":\"" + VECTOR_SECRET + "\"").getString("id");
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String code = registered();
                update(code);
                codes.add(code);
            }
            Awaitility.await("failed attempts").atMost(WAIT).until(() -> receiver.all().size() >= 4);
            receiver.answer(200);

            List<Request> got = receiver.awaitAccepted(r -> codes.contains(r.header("ce-subject")), 6, WAIT);
            assertThat(got).hasSize(6);
            for (String code : codes) {
                assertThat(got.stream().filter(r -> code.equals(r.header("ce-subject"))).map(r -> r.header("ce-type")))
                        .as("in order for " + code).containsExactly(REGISTERED, UPDATED);
            }
            // a retried message keeps its id; its timestamp and signature are the attempt's own
            assertThat(receiver.all().stream().collect(Collectors.groupingBy(r -> r.header("webhook-id"))).values())
                    .anySatisfy(attempts -> assertThat(attempts).hasSizeGreaterThan(1));
            receiver.all().forEach(r -> assertSigned(r, VECTOR_SECRET));
            Awaitility.await("the log").atMost(WAIT).untilAsserted(() -> {
                List<Map<String, Object>> log = log(id).getList("items");
                assertThat(log).hasSize(6).extracting(d -> d.get("status")).containsOnly("DELIVERED");
                assertThat(log).anySatisfy(d -> assertThat((Integer) d.get("attempts")).isGreaterThan(1));
            });
            given().auth().oauth2(ADMIN).get("/api/v1/webhooks/" + id).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("consecutiveFailures", equalTo(0));
            delete(id);
        }
    }

    @Test
    void aSubscriptionWhoseAttemptsKeepFailingIsPausedAndResumesWithWhatItMissed() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver().answer(500)) {
            String id = subscribed(receiver.url(), "[\"org.s3coop.region.registered.v1\"]", "").getString("id");
            String before = registered();
            Awaitility.await("paused").atMost(WAIT).untilAsserted(() -> given().auth().oauth2(ADMIN)
                    .get("/api/v1/webhooks/" + id).then().statusCode(200).body("status", equalTo("PAUSED"))
                    .body("pausedReason", org.hamcrest.Matchers.containsString("HTTP 500")));
            int attemptsWhenPaused = receiver.all().size();
            String during = registered();
            Awaitility.await("queued while paused").atMost(WAIT).until(() -> log(id).getList("items").size() == 2);
            assertThat(log(id).getList("items.status")).containsOnly("PENDING");
            assertThat(receiver.all()).as("nothing sent while paused").hasSize(attemptsWhenPaused);

            receiver.answer(204);
            given().auth().oauth2(ADMIN).post("/api/v1/webhooks/" + id + "/resume").then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("pausedReason", equalTo(null));
            List<Request> got = receiver.awaitAccepted(r -> true, 2, WAIT);
            assertThat(got).extracting(r -> r.header("ce-subject")).containsExactlyInAnyOrder(before, during);

            // paused by its owner: nothing goes out until resumed
            given().auth().oauth2(ADMIN).post("/api/v1/webhooks/" + id + "/pause").then().statusCode(200)
                    .body("status", equalTo("PAUSED")).body("pausedReason", equalTo("paused by admin"));
            String whilePaused = registered();
            Awaitility.await("queued").atMost(WAIT).until(() -> log(id).getList("items").size() == 3);
            assertThat(receiver.accepted(r -> whilePaused.equals(r.header("ce-subject")))).isEmpty();
            given().auth().oauth2(ADMIN).post("/api/v1/webhooks/" + id + "/resume").then().statusCode(200);
            receiver.awaitAccepted(r -> whilePaused.equals(r.header("ce-subject")), 1, WAIT);
            delete(id);
        }
    }

    @Test
    void aTestDeliveryAndAReplaySendSignedMessages() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath created = subscribed(receiver.url(), "[\"org.s3coop.region.registered.v1\"]", "");
            String id = created.getString("id");
            String secret = created.getString("secret");

            given().auth().oauth2(ADMIN).post("/api/v1/webhooks/" + id + "/test").then().statusCode(202)
                    .body("kind", equalTo("TEST")).body("type", equalTo("org.s3coop.webhook.test.v1"))
                    .body("status", equalTo("PENDING"));
            Request test = receiver.awaitAccepted(r -> "org.s3coop.webhook.test.v1".equals(r.header("ce-type")), 1, WAIT)
                    .get(0);
            assertSigned(test, secret);
            assertThat(test.header("ce-subject")).isEqualTo(id);
            assertThat(test.json().get("subscription").asText()).isEqualTo(id);

            OffsetDateTime from = OffsetDateTime.now().minusSeconds(1);
            List<String> codes = List.of(registered(), registered());
            List<Request> first = receiver.awaitAccepted(r -> codes.contains(r.header("ce-subject")), 2, WAIT);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"from\":\"" + from + "\"}")
                    .post("/api/v1/webhooks/" + id + "/replay").then().statusCode(202).body("queued", equalTo(2));
            List<Request> all = receiver.awaitAccepted(r -> codes.contains(r.header("ce-subject")), 4, WAIT);
            // the same messages again (two regions: no order between them)
            assertThat(all.subList(2, 4)).extracting(r -> r.header("webhook-id"))
                    .containsExactlyInAnyOrderElementsOf(first.stream().map(r -> r.header("webhook-id")).toList());
            all.forEach(r -> assertSigned(r, secret));
            Awaitility.await("the log").atMost(WAIT).untilAsserted(() -> assertThat(log(id).getList("items.kind"))
                    .containsExactlyInAnyOrder("TEST", "EVENT", "EVENT", "REPLAY", "REPLAY"));
            // a delivery is marked DELIVERED once the receiver's answer is back, just after the receiver saw it
            Awaitility.await("all five delivered").atMost(WAIT).untilAsserted(() -> given().auth().oauth2(ADMIN)
                    .queryParam("status", "DELIVERED").get("/api/v1/webhooks/" + id + "/deliveries").then()
                    .statusCode(200).body("totalItems", equalTo(5)));
            delete(id);
        }
    }

    @Test
    void addressesOutsideThePublicInternetAreRefused() {
        int before = given().auth().oauth2(ADMIN).get("/api/v1/webhooks").then().extract().path("totalItems");
        for (String url : List.of("http://10.1.2.3/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]:8080/hook", "http://127.0.0.2/hook", "http://192.168.0.10/hook", "http://[fd00:ec2::254]/",
                "http://0.0.0.0:8081/", "ftp://example.org/hook", "http://user:secret@127.0.0.1/hook",
                "http://no-such-host.invalid/hook")) {
            subscribe(ADMIN, "{\"url\":\"" + url + "\",\"types\":[\"*\"]}").then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field", hasItem("url"));
        }
        subscribe(ADMIN, "{\"url\":\"http://169.254.169.254/\",\"types\":[\"*\"]}").then()
                .body("detail", org.hamcrest.Matchers.containsString("link-local"));
        given().auth().oauth2(ADMIN).get("/api/v1/webhooks").then().body("totalItems", equalTo(before));
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        try (WebhookReceiver elsewhere = new WebhookReceiver();
                WebhookReceiver receiver = new WebhookReceiver().answer(307, elsewhere.url())) {
            String id = subscribed(receiver.url(), "[\"org.s3coop.region.registered.v1\"]", "").getString("id");
            given().auth().oauth2(ADMIN).post("/api/v1/webhooks/" + id + "/test").then().statusCode(202);
            Awaitility.await("the test failed").atMost(WAIT).untilAsserted(() -> {
                JsonPath log = log(id);
                assertThat(log.getList("items.status")).containsExactly("FAILED");
                assertThat(log.getString("items[0].lastError")).contains("redirects are not followed");
                assertThat(log.getInt("items[0].lastStatus")).isEqualTo(307);
            });
            assertThat(receiver.all()).hasSize(1);
            assertThat(elsewhere.all()).isEmpty();
            delete(id);
        }
    }

    @Test
    void aSubscriptionGetsAtMostItsRatePerSecond() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = subscribed(receiver.url(), "[\"org.s3coop.region.registered.v1\"]", ",\"maxPerSecond\":2")
                    .getString("id");
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                codes.add(registered());
            }
            List<Request> got = receiver.awaitAccepted(r -> codes.contains(r.header("ce-subject")), 8, WAIT);
            // two at once (a second's burst), then one every 500 ms: the eighth comes 3 s after the first at the earliest
            long span = got.get(7).receivedMillis() - got.get(0).receivedMillis();
            assertThat(span).isGreaterThanOrEqualTo(2_500);
            // at most a second's worth plus the burst in any second (arrival times carry the network's jitter)
            for (Request r : got) {
                long inOneSecond = got.stream().filter(o -> o.receivedMillis() >= r.receivedMillis()
                        && o.receivedMillis() < r.receivedMillis() + 1000).count();
                assertThat(inOneSecond).isLessThanOrEqualTo(4);
            }
            delete(id);
        }
    }

    @Test
    void anEditorSubscribesToItsRegionsEventsAndManagesItsOwnSubscriptions() throws Exception {
        String mine = registered();
        String editor = TestTokens.editor(mine);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Response created = subscribe(editor, "{\"url\":\"" + receiver.url() + "\",\"types\":[\"org.s3coop.region.*\"]}");
            created.then().statusCode(201).body("regions", equalTo(List.of(mine)));
            String id = created.jsonPath().getString("id");
            String other = registered();
            update(mine);
            List<Request> got = receiver.awaitAccepted(r -> true, 1, WAIT);
            Awaitility.await("nothing else").during(Duration.ofMillis(800)).atMost(WAIT)
                    .until(() -> receiver.all().size() == 1);
            assertThat(got).extracting(r -> r.header("ce-subject")).containsExactly(mine);
            assertThat(receiver.all()).noneMatch(r -> other.equals(r.header("ce-subject")));

            // its own subscriptions only
            String admins = subscribed(receiver.url(), "[\"org.s3coop.none.v1\"]", "").getString("id");
            given().auth().oauth2(editor).get("/api/v1/webhooks").then().statusCode(200)
                    .body("items.id", equalTo(List.of(id)));
            for (String path : List.of("", "/deliveries")) {
                given().auth().oauth2(editor).get("/api/v1/webhooks/" + admins + path).then().statusCode(403)
                        .contentType("application/problem+json");
            }
            given().auth().oauth2(editor).post("/api/v1/webhooks/" + admins + "/pause").then().statusCode(403);
            given().auth().oauth2(TestTokens.editor(other)).delete("/api/v1/webhooks/" + id).then().statusCode(403);
            given().auth().oauth2(ADMIN).get("/api/v1/webhooks/" + id).then().statusCode(200);
            // another region's events: 403
            subscribe(editor, "{\"url\":\"" + receiver.url() + "\",\"types\":[\"*\"],\"regions\":[\"" + other + "\"]}")
                    .then().statusCode(403).contentType("application/problem+json");
            // viewers and strangers: 403 and 401
            subscribe(TestTokens.viewer(), "{\"url\":\"" + receiver.url() + "\",\"types\":[\"*\"]}").then().statusCode(403)
                    .contentType("application/problem+json");
            given().get("/api/v1/webhooks").then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(editor).delete("/api/v1/webhooks/" + id).then().statusCode(204);
            delete(admins);
        }
    }

    @Test
    void badRequestsAreRefusedFieldByField() {
        Map<String, String> bodies = Map.of(
                "types", "{\"url\":\"http://127.0.0.1:9/h\",\"types\":[]}",
                "types[0]", "{\"url\":\"http://127.0.0.1:9/h\",\"types\":[\"org.*.v1\"]}",
                "secret", "{\"url\":\"http://127.0.0.1:9/h\",\"types\":[\"*\"],\"secret\":\"abc\"}",
                "maxPerSecond", "{\"url\":\"http://127.0.0.1:9/h\",\"types\":[\"*\"],\"maxPerSecond\":11}",
                "regions[0]", "{\"url\":\"http://127.0.0.1:9/h\",\"types\":[\"*\"],\"regions\":[\"es51\"]}",
                "url", "{\"types\":[\"*\"]}",
                "color", "{\"url\":\"http://127.0.0.1:9/h\",\"types\":[\"*\"],\"color\":\"red\"}");
        bodies.forEach((field, body) -> subscribe(ADMIN, body).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field)));
        given().auth().oauth2(ADMIN).get("/api/v1/webhooks/not-a-uuid").then().statusCode(400);
        given().auth().oauth2(ADMIN).get("/api/v1/webhooks/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(ADMIN).queryParam("status", "DONE").get("/api/v1/webhooks/" + UUID.randomUUID()
                + "/deliveries").then().statusCode(400).body("violations.field", hasItem("status"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/webhooks/" + UUID.randomUUID() + "/replay").then().statusCode(400)
                .body("violations.field", hasItem("from"));
    }
}
