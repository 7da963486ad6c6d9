package org.s3coop.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.platform.embedded.FreePorts;
import org.s3coop.system.Suite;

/**
 * A database that accepts connections and then never answers (a network path that drops packets, a hung server):
 * the worst case for a request, since no error ever comes back. A second region-service instance whose reactive
 * pool points at such a black hole (Flyway and the outbox relay keep the real database) must answer 503
 * problem+json within the documented bound ({@code s3coop.db.acquire-timeout} = 5 s, plus margin), not hang for
 * the Vert.x defaults (30 s, 60 s), and report itself not ready. Figures: {@code target/reliability/unreachable-database.md}.
 */
@ExtendWith(Suite.class)
class UnreachableDatabaseIT {
    /**
     * docs/operations.md: acquire-timeout 5 s, then the 503 is written; the margin covers a freshly started JVM on a
     * loaded build machine (measured 5.4–7.4 s). Without the bound the wait is Vert.x's 30 s.
     */
    private static final long BOUND_MS = 10_000;

    @Test
    void aRequestAnswers503WithinTheBoundWhenTheDatabaseNeverAnswers() throws Exception {
        Report report = new Report("unreachable-database", "A database that never answers (black hole)");
        String outcome = "FAILED";
        List<Socket> held = new CopyOnWriteArrayList<>();
        Process variant = null;
        try (ServerSocket blackHole = new ServerSocket(0)) {
            Thread accepting = new Thread(() -> {
                while (!blackHole.isClosed()) {
                    try {
                        held.add(blackHole.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "black-hole");
            accepting.setDaemon(true);
            accepting.start();
            int port = FreePorts.next();
            variant = Suite.startVariant(Suite.region(), "region-service-black-hole", Map.of(
                    "QUARKUS_HTTP_PORT", String.valueOf(port),
                    "S3COOP_DB_URL", "postgresql://localhost:" + blackHole.getLocalPort() + "/region",
                    // a consumer group of its own: in region-service's it would take partitions it cannot apply
                    "MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_GROUP_ID", "region-service-black-hole"));
            Suite.Service hole = new Suite.Service("region-service (black hole)", "region", port, variant);
            Process started = variant;
            Awaitility.await("variant started").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        assertThat(started.isAlive()).as("see target/services/region-service-black-hole.log").isTrue();
                        return Api.get(hole, "/q/health/live").status() == 200;
                    });

            Api.Reply read = Api.get(hole, "/api/v1/regions/ES51");
            Api.Reply write = Fixtures.regionWrite(hole, Fixtures.code("QZ"));
            report.put("read answered", read.status() + " in " + read.millis() + " ms")
                    .put("write answered", write.status() + " in " + write.millis() + " ms")
                    .put("connections the black hole accepted", held.size());
            for (Api.Reply r : List.of(read, write)) {
                assertThat(r.status()).as(r.text()).isEqualTo(503);
                assertThat(r.isProblem()).isTrue();
                assertThat(r.retryAfter()).isNotBlank();
                assertThat(r.millis()).isLessThanOrEqualTo(BOUND_MS);
            }
            assertThat(held).as("the pool did reach the black hole").isNotEmpty();

            HttpClient http = HttpClient.newHttpClient();
            long asked = System.nanoTime();
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(hole.url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            long readyMillis = (System.nanoTime() - asked) / 1_000_000;
            report.put("readiness answered", ready.statusCode() + " in " + readyMillis + " ms");
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
            assertThat(readyMillis).isLessThanOrEqualTo(BOUND_MS);
            outcome = "passed";
        } finally {
            if (variant != null) {
                variant.destroyForcibly().waitFor();
            }
            for (Socket s : held) {
                s.close();
            }
            report.write(outcome);
        }
    }
}
