package org.s3coop.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.system.faults.Fixtures.count;
import static org.s3coop.system.faults.Fixtures.seconds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.system.Suite;

/**
 * PostgreSQL away for 10 s under a steady load of reads and writes on the three services: every request answers
 * within the documented bound (5 s), those the database is needed for with 503 problem+json and Retry-After;
 * readiness goes down and comes back by itself; afterwards every accepted write is there whole (with its outbox
 * event) and every refused one left nothing; the outbox relays and the consumers reconnect by themselves.
 * Figures: {@code target/reliability/database-outage.md}.
 */
@ExtendWith(Suite.class)
class DatabaseOutageIT {
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    /** docs/operations.md: a request answers within this bound while the database is away. */
    private static final long ANSWER_BOUND_MS = 5000;

    @AfterAll
    static void leaveTheSuiteHealthy() throws Exception {
        Suite.heal(Duration.ofSeconds(120));
    }

    private record Attempt(String kind, String key, long startedAt, long endedAt, Api.Reply reply) {
    }

    private record Probe(String service, long at, int status) {
    }

    @Test
    void requestsGetAPrompt503AndReadinessRecoversByItself() throws Exception {
        Report.measure("database-outage", "PostgreSQL away for 10 s", this::run);
    }

    private void run(Report report) throws Exception {
        String lead = Fixtures.code("QR");
        String member = Fixtures.code("QS");
        String anchor = Fixtures.anchorKnownEverywhere(lead, member, "DB anchor");

        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService load = Executors.newScheduledThreadPool(8);
        Map<String, Supplier<Attempt>> kinds = new LinkedHashMap<>();
        kinds.put("register region", () -> {
            String code = Fixtures.code("QT");
            long t = System.nanoTime();
            return new Attempt("register region", code, t, 0, Fixtures.registerRegion(code));
        });
        kinds.put("propose partnership", () -> {
            String title = Fixtures.uniqueTitle("DB outage");
            long t = System.nanoTime();
            return new Attempt("propose partnership", title, t, 0, Fixtures.propose(title, lead, member));
        });
        kinds.put("raise challenge", () -> {
            String title = Fixtures.uniqueTitle("DB outage");
            long t = System.nanoTime();
            return new Attempt("raise challenge", title, t, 0, Fixtures.raiseChallenge(title, anchor, "LOW"));
        });
        kinds.put("read region", () -> {
            long t = System.nanoTime();
            return new Attempt("read region", lead, t, 0, Api.get(Suite.region(), "/api/v1/regions/" + lead));
        });
        kinds.put("read partnership", () -> {
            long t = System.nanoTime();
            return new Attempt("read partnership", anchor, t, 0,
                    Api.get(Suite.partnership(), "/api/v1/partnerships/" + anchor));
        });
        kinds.put("list challenges", () -> {
            long t = System.nanoTime();
            return new Attempt("list challenges", anchor, t, 0,
                    Api.get(Suite.challenge(), "/api/v1/challenges?partnership=" + anchor));
        });
        for (Supplier<Attempt> kind : kinds.values()) {
            load.scheduleWithFixedDelay(() -> {
                Attempt a = kind.get();
                attempts.add(new Attempt(a.kind(), a.key(), a.startedAt(), System.nanoTime(), a.reply()));
            }, 0, 150, TimeUnit.MILLISECONDS);
        }
        for (Suite.Service s : Suite.services()) {
            load.scheduleWithFixedDelay(() -> probes.add(new Probe(s.name(), System.nanoTime(),
                    Api.get(s, "/q/health/ready").status())), 0, 200, TimeUnit.MILLISECONDS);
        }

        long stopped;
        long restarting;
        long started;
        try {
            Awaitility.await("load running").atMost(Duration.ofSeconds(30)).until(() -> attempts.size() >= 12);
            stopped = System.nanoTime();
            Suite.stopPostgres();
            try {
                Awaitility.await("the outage").pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(5)).until(() -> true);
            } finally {
                restarting = System.nanoTime();
                Suite.startPostgres();
            }
            started = System.nanoTime();
            // every service ready again by itself, and accepting writes
            Awaitility.await("ready again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Suite.services().stream().allMatch(s -> probes.stream()
                            .anyMatch(p -> p.service().equals(s.name()) && p.at() > started && p.status() == 200)));
            Awaitility.await("writes accepted again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> kinds.keySet().stream().allMatch(k -> attempts.stream()
                            .anyMatch(a -> a.kind().equals(k) && a.startedAt() > started && a.reply().is2xx())));
        } finally {
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        List<Attempt> all = new ArrayList<>(attempts);
        List<Attempt> during = all.stream().filter(a -> a.startedAt() > stopped + 1_000_000_000L && a.endedAt() < restarting)
                .toList();
        report.put("database away (s)", seconds(restarting - stopped))
                .put("PostgreSQL start took (s)", seconds(started - restarting))
                .put("requests made", all.size())
                .put("requests started and answered while it was away", during.size())
                .put("statuses while away", during.stream().collect(Collectors.groupingBy(a -> a.reply().status(),
                        java.util.TreeMap::new, Collectors.counting())))
                .put("statuses overall", all.stream().collect(Collectors.groupingBy(a -> a.reply().status(),
                        java.util.TreeMap::new, Collectors.counting())))
                .put("503 answer time max (ms)", all.stream().filter(a -> a.reply().status() == 503)
                        .mapToLong(a -> a.reply().millis()).max().orElse(-1))
                .put("answer time max, all requests (ms)", all.stream().mapToLong(a -> a.reply().millis()).max().orElse(-1));
        for (Suite.Service s : Suite.services()) {
            List<Probe> mine = probes.stream().filter(p -> p.service().equals(s.name())).toList();
            long down = mine.stream().filter(p -> p.at() > stopped && p.status() != 200).mapToLong(Probe::at).min()
                    .orElse(-1);
            long up = mine.stream().filter(p -> p.at() > started && p.status() == 200).mapToLong(Probe::at).min()
                    .orElse(-1);
            report.put(s.name() + " readiness DOWN after the stop (s)", down < 0 ? "never" : seconds(down - stopped))
                    .put(s.name() + " readiness UP after the start (s)", up < 0 ? "never" : seconds(up - started));
            assertThat(down).as(s.name() + " not ready while the database is away").isPositive();
            assertThat(down - stopped).isLessThan(OUTAGE.toNanos());
            assertThat(up).as(s.name() + " ready again by itself").isPositive();
            assertThat(mine.stream().filter(p -> p.status() != 200 && p.status() != 503).toList())
                    .as(s.name() + " readiness answers 200 or 503").isEmpty();
        }

        // prompt, well-formed refusals; nothing else
        assertThat(during).as("requests while the database was away").isNotEmpty();
        for (Attempt a : all) {
            assertThat(a.reply().millis()).as(a.kind() + " answered within the bound: " + a.reply().text())
                    .isLessThanOrEqualTo(ANSWER_BOUND_MS);
            assertThat(a.reply().is2xx() || a.reply().status() == 503).as(a.kind() + " → " + a.reply().status() + " "
                    + a.reply().text()).isTrue();
            if (a.reply().status() == 503) {
                assertThat(a.reply().isProblem()).as(a.reply().text()).isTrue();
                assertThat(a.reply().retryAfter()).isNotBlank();
            }
        }
        assertThat(during).allSatisfy(a -> assertThat(a.reply().status()).as(a.kind()).isEqualTo(503));

        // afterwards: accepted writes whole, refused ones left nothing
        int accepted = 0;
        int refused = 0;
        for (Attempt a : all) {
            long expected = a.reply().is2xx() ? 1 : 0;
            switch (a.kind()) {
                case "register region" -> {
                    assertThat(count(Suite.region(), "select count(*) from region where code = ?", a.key())).isEqualTo(expected);
                    assertThat(count(Suite.region(), "select count(*) from outbox_event where record_key = ?", a.key()))
                            .isEqualTo(expected);
                }
                case "propose partnership" -> {
                    assertThat(count(Suite.partnership(), "select count(*) from partnership where title = ?", a.key()))
                            .as(a.key()).isEqualTo(expected);
                    assertThat(count(Suite.partnership(), "select count(*) from stage_transition t join partnership p "
                            + "on p.id = t.partnership_id where p.title = ?", a.key())).isEqualTo(expected);
                    assertThat(count(Suite.partnership(), "select count(*) from outbox_event o join partnership p "
                            + "on o.record_key = p.id::text where p.title = ?", a.key())).isEqualTo(expected);
                }
                case "raise challenge" -> {
                    assertThat(count(Suite.challenge(), "select count(*) from challenge where title = ?", a.key()))
                            .isEqualTo(expected);
                    assertThat(count(Suite.challenge(), "select count(*) from outbox_event o join challenge c "
                            + "on o.record_key = c.id::text where c.title = ?", a.key())).isEqualTo(expected);
                }
                default -> {
                    continue;
                }
            }
            if (expected == 1) {
                accepted++;
            } else {
                refused++;
            }
        }
        report.put("writes accepted / refused", accepted + " / " + refused).put("partial changes found", 0);

        // the outbox relays reconnected (LISTEN) and published what was written; the consumers went on
        long back = System.nanoTime();
        Awaitility.await("outboxes drained").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Fixtures.outboxPending() == 0);
        report.put("outbox drained after the database returned (s)", seconds(System.nanoTime() - started));
        List<String> regionsAfter = all.stream().filter(a -> a.kind().equals("register region") && a.reply().is2xx()
                && a.startedAt() > started).map(Attempt::key).toList();
        Awaitility.await("region events consumed after the outage").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(count(Suite.partnership(),
                        "select count(*) from known_region where code = any(?)", (Object) Fixtures.array(regionsAfter)))
                        .isEqualTo(regionsAfter.size()));
        report.put("consumers caught up after (s)", seconds(System.nanoTime() - back));
    }
}
