package org.s3coop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness' own arithmetic and output: percentiles, throughput, the table, the chart. */
class ReportTests {

    @Test
    void percentilesAndThroughputComeFromTheRecordedLatencies() {
        Latencies l = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            l.recordMicros(ms * 1000L);
        }
        l.error();
        Result r = l.result("x", 10);

        assertThat(r.count()).isEqualTo(100);
        assertThat(r.errors()).isEqualTo(1);
        assertThat(r.throughput()).isEqualTo(10.0);
        assertThat(r.p50()).isBetween(49.9, 50.1);
        assertThat(r.p99()).isBetween(98.9, 99.1);
        assertThat(r.max()).isBetween(99.9, 100.1);
    }

    @Test
    void negativeAndHugeLatenciesAreClampedNotLost() {
        Latencies l = new Latencies();
        l.recordMicros(-5);
        l.recordNanos(Long.MAX_VALUE / 2);

        Result r = l.result("x", 1);

        assertThat(r.count()).isEqualTo(2);
        assertThat(r.p50()).isEqualTo(0.0);
        assertThat(r.max()).isBetween(119_000.0, 121_000.0);
    }

    @Test
    void latenciesFromSeveralThreadsAddUp() {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        a.recordMicros(1000);
        b.recordMicros(3000);
        b.error();

        Result r = a.add(b).result("x", 2);

        assertThat(r.count()).isEqualTo(2);
        assertThat(r.errors()).isEqualTo(1);
        assertThat(r.throughput()).isEqualTo(1.0);
    }

    @Test
    void theTableShowsValueBaselineRatioTargetAndVerdict() {
        Report report = new Report()
                .row("reads", "1,200 /s", "2,000 /s", Report.percent(1200, 2000), "≥ 60 % of baseline", true)
                .row("p99", Report.ms(12.5), Report.ms(2.5), Report.ratio(12.5, 2.5), "≤ 10 ms", false)
                .row("info", "1", "–", "–", "–", null);

        String table = report.table();

        assertThat(table).contains("| reads | 1,200 /s | 2,000 /s | 60 % | ≥ 60 % of baseline | yes |")
                .contains("| p99 | 12.50 ms | 2.50 ms | 5.00× | ≤ 10 ms | **no** |")
                .contains("| info | 1 | – | – | – | – |");
        assertThat(report.missed()).isEqualTo(1);
        assertThat(Report.ratio(1, 0)).isEqualTo("–");
    }

    @Test
    void theChartIsAPngWithOneRowPerScenario(@TempDir Path dir) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path file = dir.resolve("chart.png");

        Chart.write(file, "test", List.of(new Chart.Bar("a", 1, 5, 10, false), new Chart.Bar("b", 0.5, 2, 0, true),
                new Chart.Bar("c", 50, 20_000, 100, false)));

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(Chart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(90 + Chart.ROW * 3 + 50);
    }

    @Test
    void librariesAreNamedFromTheTopFramesClass() {
        assertThat(Profile.library("org.hibernate.reactive.session.impl.X")).isEqualTo("Hibernate ORM/Reactive");
        assertThat(Profile.library("io.vertx.pgclient.impl.codec.Y")).isEqualTo("Vert.x PG client");
        assertThat(Profile.library("java.util.HashMap")).isEqualTo("JDK");
        assertThat(Profile.library("com.example.deep.Z")).isEqualTo("com.example");
    }
}
