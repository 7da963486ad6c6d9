package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.TestTokens;
import org.s3coop.system.OtlpReceiver.ReceivedSpan;
import org.s3coop.system.faults.Report;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * One trace follows one change across the three services (OpenTelemetry, W3C traceparent through HTTP, the outboxes
 * and Kafka): a region retired in region-service, the re-scoping it causes in partnership-service, and the events
 * both publish, applied by challenge-service and region-service. The services export their spans over OTLP to
 * {@link OtlpReceiver}; figures in {@code target/reliability/trace-across-services.md}.
 */
@ExtendWith(Suite.class)
class TraceAcrossServicesIT {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String ADMIN = TestTokens.admin();

    private static RequestSpecification as(Suite.Service service) {
        return given().baseUri(service.url()).auth().oauth2(ADMIN).contentType(ContentType.JSON);
    }

    /** A fresh NUTS 3 code for a role (two roles: two countries). */
    private static String newCode(String role) {
        return NutsCodes.code(role);
    }

    private static void register(String code) {
        as(Suite.region()).body("{\"code\":\"" + code + "\",\"name\":\"Traced region " + code + "\",\"priorities\":"
                + "[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\",\"label\":\"Plastics\"}]}")
                .post("/api/v1/regions").then().statusCode(201);
    }

    private static String propose(String lead, String member) {
        String body = """
                {"title":"Traced partnership","priority":{"family":"ECONOMIC_DOMAIN","code":"C22"},"leadRegion":"%s",
                 "members":[{"regionCode":"%s","role":"lead","contribution":"pilot lines"},
                            {"regionCode":"%s","role":"partner","contribution":"research"}]}""".formatted(lead, lead, member);
        String[] id = new String[1];
        Awaitility.await("regions known to partnership-service").atMost(EVENTUALLY).untilAsserted(() -> {
            var response = as(Suite.partnership()).body(body).post("/api/v1/partnerships");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            id[0] = response.jsonPath().getString("id");
        });
        return id[0];
    }

    private static long count(Suite.Service service, String sql, String param) throws Exception {
        try (var c = Suite.jdbc(service); var ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The spans whose parent is neither the caller's span nor a span of the trace. */
    private static List<ReceivedSpan> unparented(List<ReceivedSpan> trace, String callerSpan) {
        Set<String> ids = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        return trace.stream().filter(s -> !s.parentSpanId().equals(callerSpan) && !ids.contains(s.parentSpanId())).toList();
    }

    @Test
    void oneTraceFollowsARetiredRegionThroughTheThreeServices() throws Exception {
        Report.measure("trace-across-services", "One trace across the three services: region retired → partnership "
                + "flagged for re-scoping → both events applied", this::run);
    }

    private void run(Report report) throws Exception {
        String lead = newCode("QT");
        String member = newCode("QU");
        register(lead);
        register(member);
        String partnership = propose(lead, member);
        Awaitility.await("partnership known to challenge-service").atMost(EVENTUALLY)
                .until(() -> count(Suite.challenge(), "select count(*) from known_partnership where id::text = ?", partnership) == 1);

        // the portal's call, with the portal's own (sampled) trace
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String traceId = "%016x%016x".formatted(random.nextLong(), random.nextLong() | 1);
        String callerSpan = "%016x".formatted(random.nextLong() | 1);
        as(Suite.region()).header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .delete("/api/v1/regions/" + member).then().statusCode(204);
        long retiredAt = System.nanoTime();

        Set<String> expected = Set.of(
                "region-service PRODUCER publish s3coop.regions.v1",
                "partnership-service CONSUMER process regions",
                "partnership-service PRODUCER publish s3coop.partnerships.v1",
                "challenge-service CONSUMER process regions",
                "challenge-service CONSUMER process partnerships",
                "region-service CONSUMER process partnerships");
        // one tree: the API call's server span under the portal's span, every other span under a span of the trace
        // (spans reach the collector as they end, a parent often after its children: wait for the whole tree)
        List<ReceivedSpan> trace = Awaitility.await("the trace's spans at the collector").atMost(EVENTUALLY)
                .pollInterval(Duration.ofMillis(200)).until(() -> Suite.traces().trace(traceId),
                        spans -> spans.stream().map(ReceivedSpan::toString).collect(Collectors.toSet()).containsAll(expected)
                                && unparented(spans, callerSpan).isEmpty());
        report.put("retire → the whole trace at the collector (s)", Math.round((System.nanoTime() - retiredAt) / 1e7) / 100.0);
        ReceivedSpan server = trace.stream().filter(s -> s.parentSpanId().equals(callerSpan)).findFirst().orElseThrow();
        assertThat(server.service()).isEqualTo("region-service");
        assertThat(server.kind()).isEqualTo("SERVER");
        assertThat(server.name()).contains("/api/v1/regions");
        assertThat(trace.stream().filter(s -> s.parentSpanId().equals(callerSpan))).as("one root").hasSize(1);
        Map<String, Long> perService = trace.stream().collect(Collectors.groupingBy(ReceivedSpan::service,
                TreeMap::new, Collectors.counting()));
        assertThat(perService).containsOnlyKeys("region-service", "partnership-service", "challenge-service");

        // the record partnership-service published carries the trace, for any consumer to continue
        try (CloudEventRecords records = new CloudEventRecords(Suite.kafkaBootstrap(), "s3coop.partnerships.v1")) {
            var flagged = records.await(e -> partnership.equals(e.key())
                    && "org.s3coop.partnership.rescoping-recommended.v1".equals(e.type()), 1, EVENTUALLY).get(0);
            assertThat(flagged.headers().get("traceparent")).startsWith("00-" + traceId + "-");
        }
        report.put("spans in the trace", trace.size()).put("spans per service", perService)
                .put("path", expected.stream().sorted().collect(Collectors.joining("; ")));
    }
}
