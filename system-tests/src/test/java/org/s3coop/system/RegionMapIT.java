package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The dashboard's map (region-service, /dashboard/, map.js) in a real headless Chromium, on the local stack's demo
 * regions (deploy/local's {@code demo/regions-import.csv}: every NUTS 2 region of 14 countries, through the import
 * endpoint): regions are shaded by their active partnerships, a click on a region lists its partnerships and open
 * challenges, and a new partnership changes the shading without a reload. It also measures what the map costs the
 * first paint (with and without the map, cache off), written to target/map-first-paint.md.
 * <p>
 * Named to run after PortalScenarioIT (the suite runs ITs in alphabetical order): the demo regions list priorities
 * (C26, ...) whose counts that scenario asserts exactly.
 */
@ExtendWith(Suite.class)
class RegionMapIT {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String ADMIN = TestTokens.admin();
    private static final int LOADS = 3;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void chromium() throws IOException {
        chromium = HeadlessChromium.start("chromedriver-map.log");
    }

    @AfterAll
    static void quit() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static RequestSpecification as(Suite.Service service) {
        return given().baseUri(service.url()).auth().oauth2(ADMIN).contentType(ContentType.JSON);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) chromium.driver()).executeScript(script, args);
    }

    /** Proposes a partnership (retried until partnership-service knows both regions) with its scoping note. */
    private static String propose(String title, String priority, String lead, String member) {
        String body = """
                {"title":"%s","priority":{"family":"ECONOMIC_DOMAIN","code":"%s"},"leadRegion":"%s",
                 "members":[{"regionCode":"%s","role":"lead","contribution":"pilot lines"},
                            {"regionCode":"%s","role":"partner","contribution":"testing"}]}"""
                .formatted(title, priority, lead, lead, member);
        String[] id = new String[1];
        Awaitility.await("proposal of " + title).atMost(EVENTUALLY).untilAsserted(() -> {
            var response = as(Suite.partnership()).body(body).post("/api/v1/partnerships");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            id[0] = response.jsonPath().getString("id");
        });
        as(Suite.partnership()).body("{\"objective\":\"Joint pilots\",\"draftActionPlan\":\"Pilot in 2027\"}")
                .put("/api/v1/partnerships/" + id[0] + "/evidence/scoping-note").then().statusCode(200);
        return id[0];
    }

    private static long count(String code) {
        return ((Number) js("return window.s3coopMap.count(arguments[0]);", code)).longValue();
    }

    private static String attribute(String id, String name) {
        return chromium.driver().findElement(By.id(id)).getAttribute(name);
    }

    @Test
    void theMapShadesRegionsByTheirPartnershipsAndFollowsTheStream() throws Exception {
        // the demo regions, as deploy/local's seeder imports them
        String csv = Files.readString(Path.of(System.getProperty("s3coop.root", "..")).toAbsolutePath().normalize()
                .resolve("deploy/local/src/main/resources/demo/regions-import.csv"), StandardCharsets.UTF_8);
        given().baseUri(Suite.region().url()).auth().oauth2(ADMIN).contentType("text/csv").body(csv)
                .post("/api/v1/regions/import?mode=valid-rows").then().statusCode(200).body("invalid", equalTo(0));

        // Piemonte and Unterfranken share C29; Comunitat Valenciana and Centro (PT) share C10
        String auto = propose("Map: automotive pilots", "C29", "ITC1", "DE26");
        as(Suite.partnership()).body("{\"action\":\"ADVANCE\"}").post("/api/v1/partnerships/" + auto + "/transitions")
                .then().statusCode(200).body("stage", equalTo("MAPPING"));
        String food = propose("Map: food side streams", "C10", "ES52", "PT19");
        String raise = """
                {"cluster":"FUNDING","subDimension":"CONTINUED_FUNDING","title":"Map: co-funding of the pilots",
                 "description":"No regional budget line yet","scope":{"type":"PARTNERSHIP","ref":"%s"},"severity":"HIGH"}"""
                .formatted(auto);
        String[] challenge = new String[1];
        Awaitility.await("challenge raised").atMost(EVENTUALLY).untilAsserted(() -> {
            var response = as(Suite.challenge()).body(raise).post("/api/v1/challenges");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            challenge[0] = response.jsonPath().getString("id");
        });
        Awaitility.await("cooperation profiles").atMost(EVENTUALLY).untilAsserted(() -> {
            given().baseUri(Suite.region().url()).get("/api/v1/regions/ITC1").then()
                    .body("cooperation.asLead.MAPPING", equalTo(1));
            given().baseUri(Suite.region().url()).get("/api/v1/regions/PT19").then()
                    .body("cooperation.asMember.SCOPING", equalTo(1));
        });

        // drawn, shaded: the four regions, Piemonte at MAPPING
        chromium.driver().get(Suite.region().url() + "/dashboard/?static");
        Awaitility.await("map drawn").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "true".equals(attribute("map", "data-drawn")));
        assertThat(attribute("map", "data-error")).isNull();
        assertThat(chromium.driver().findElements(By.cssSelector("#map canvas"))).isNotEmpty();
        for (String code : List.of("ITC1", "DE26", "ES52", "PT19")) {
            assertThat(count(code)).as(code).isGreaterThanOrEqualTo(1);
        }
        assertThat(js("return window.s3coopMap.stage('ITC1');")).isEqualTo("MAPPING");
        assertThat(js("return window.s3coopMap.stage('PT19');")).isEqualTo("SCOPING");
        assertThat(count("AT12")).isZero();
        int shaded = Integer.parseInt(attribute("map", "data-shaded"));
        assertThat(shaded).isGreaterThanOrEqualTo(4);
        assertThat(chromium.driver().findElement(By.cssSelector("[data-testid='map-source']")).getText())
                .contains("© EuroGeographics for the administrative boundaries").contains("Eurostat");
        // every region is listed, not only the first 100
        long registered = given().baseUri(Suite.region().url()).get("/api/v1/regions?size=1").then().extract()
                .jsonPath().getLong("totalItems");
        assertThat(registered).isGreaterThan(100);
        assertThat(chromium.driver().findElements(By.cssSelector("#regions-body tr"))).hasSize((int) registered);

        // a click on Piemonte (at its label point) lists its partnership and the open challenge
        var point = given().baseUri(Suite.region().url()).get("/api/v1/nuts/ITC1").then().statusCode(200).extract().jsonPath();
        double lon = point.getDouble("region.labelPoint.lon");
        double lat = point.getDouble("region.labelPoint.lat");
        List<?> pixel = (List<?>) js("return window.s3coopMap.pixel([arguments[0], arguments[1]]);", lon, lat);
        WebElement map = chromium.driver().findElement(By.id("map"));
        int dx = (int) Math.round(((Number) pixel.get(0)).doubleValue() - map.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(((Number) pixel.get(1)).doubleValue() - map.getSize().getHeight() / 2.0);
        new Actions(chromium.driver()).moveToElement(map, dx, dy).click().perform();
        Awaitility.await("Piemonte's partnerships").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> !chromium.driver().findElements(By.cssSelector(
                        "#map-detail[data-region='ITC1'] li[data-partnership='" + auto + "']")).isEmpty());
        assertThat(chromium.driver().findElements(By.cssSelector("#map-detail li[data-challenge='" + challenge[0] + "']")))
                .hasSize(1);
        assertThat(chromium.driver().findElement(By.cssSelector("#map-detail li[data-partnership='" + auto + "']"))
                .getAttribute("data-stage")).isEqualTo("MAPPING");
        assertThat(chromium.driver().findElements(By.cssSelector("#map-detail li[data-partnership='" + food + "']"))).isEmpty();

        // a new partnership changes the shading, without a reload
        int updates = Integer.parseInt(attribute("map", "data-updates"));
        Object page = js("return window.performance.timeOrigin;");
        propose("Map: pharma logistics", "C21", "AT12", "CZ02");
        Awaitility.await("the new partnership on the map").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("AT12") == 1 && count("CZ02") == 1);
        assertThat(Integer.parseInt(attribute("map", "data-updates"))).isGreaterThan(updates);
        assertThat(Integer.parseInt(attribute("map", "data-shaded"))).isGreaterThanOrEqualTo(shaded + 2);
        assertThat(js("return window.performance.timeOrigin;")).as("the same page, not reloaded").isEqualTo(page);
        chromium.screenshot("dashboard-map.png");
        assertThat(chromium.severeConsoleMessages()).as("SEVERE browser console messages").isEmpty();

        oneStreamPerPage();
        firstPaint();
    }

    /**
     * The page holds one stream (stream.js: the feed and the panels share it) and lets it go when it is left, so the
     * pages left behind (the back/forward cache) keep none of the browser's six connections to region-service.
     */
    private void oneStreamPerPage() {
        chromium.driver().get("about:blank");
        long away = settledStreams();
        openDashboard();
        Awaitility.await("one stream for the feed and both panels").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(100))
                .until(RegionMapIT::streams, n -> n == away + 1);
        chromium.driver().get("about:blank");
        Awaitility.await("the stream of the page left closed").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(100))
                .until(RegionMapIT::streams, n -> n == away);
        openDashboard();
        Awaitility.await("one stream with the page open again").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(100))
                .until(RegionMapIT::streams, n -> n == away + 1);
    }

    /**
     * region-service's stream subscriptions once they stop changing (unchanged for 2 s): the streams of pages left
     * before, by this test or an earlier one, and the dashboard's probes (a GET on the stream aborted at its first
     * byte) count until region-service sees their connections closed.
     */
    private static long settledStreams() {
        AtomicLong last = new AtomicLong(-1);
        Awaitility.await("region-service's stream subscriptions settled").atMost(EVENTUALLY)
                .pollInterval(Duration.ofMillis(250)).during(Duration.ofSeconds(2))
                .until(() -> last.getAndSet(streams()) == last.get());
        return last.get();
    }

    /** The dashboard loaded, its stream live for the feed and both panels. */
    private void openDashboard() {
        chromium.driver().get(Suite.region().url() + "/dashboard/?static");
        Awaitility.await("the page's stream live").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(100))
                .until(() -> "live".equals(attribute("stream-status", "data-state"))
                        && "live".equals(attribute("investment", "data-stream"))
                        && "live".equals(attribute("learning", "data-stream")));
    }

    /** region-service's open stream subscriptions ({@code s3coop_stream_subscribers}). */
    private static long streams() {
        String metrics = given().baseUri(Suite.region().url()).get("/q/metrics").then().statusCode(200).extract().asString();
        return Math.round(metrics.lines().filter(l -> l.startsWith("s3coop_stream_subscribers"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1));
    }

    /** The page loaded {@value #LOADS} times with and without the map, the cache off: what the map costs. */
    private void firstPaint() throws IOException {
        long before = streams();
        chromium.driver().executeCdpCommand("Network.enable", Map.of());
        chromium.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        List<double[]> without = new ArrayList<>();
        List<double[]> with = new ArrayList<>();
        for (int i = 0; i < LOADS; i++) {
            without.add(load(false));
            with.add(load(true));
        }
        chromium.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        Awaitility.await("the pages left hold no stream").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(100))
                .until(RegionMapIT::streams, n -> n <= before);
        String report = String.format(Locale.ROOT, """
                # What the map costs the dashboard's first paint (RegionMapIT)

                Headless Chromium (1366x900) on the system tests' stack (the three services, PostgreSQL and Kafka on
                this machine, %d CPUs), %d regions registered; browser cache off, each figure the median of %d loads
                (ms from navigation start).

                | | first contentful paint | dashboard's figures drawn (`data-loaded`) | map drawn | bytes transferred |
                |---|---|---|---|---|
                | without the map (`?nomap`) | %.0f | %.0f | – | %.0f KB |
                | with the map | %.0f | %.0f | %.0f | %.0f KB (map layers %.0f KB) |
                """, Runtime.getRuntime().availableProcessors(),
                given().baseUri(Suite.region().url()).get("/api/v1/regions?size=1").jsonPath().getLong("totalItems"), LOADS,
                median(without, 0), median(without, 1), median(without, 3) / 1024,
                median(with, 0), median(with, 1), median(with, 2), median(with, 3) / 1024, median(with, 4) / 1024);
        Files.writeString(chromium.target().resolve("map-first-paint.md"), report);
        System.out.println(report);
        assertThat(median(with, 2)).as("the map is drawn").isPositive();
    }

    /** One load: first contentful paint, figures drawn, map drawn (0 without), bytes, bytes of the map layers. */
    private double[] load(boolean map) {
        chromium.driver().get(Suite.region().url() + "/dashboard/?static" + (map ? "" : "&nomap"));
        Awaitility.await("dashboard loaded").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> attribute("dashboard", "data-loaded-at") != null
                        && (!map || attribute("map", "data-drawn-at") != null));
        Map<?, ?> t = (Map<?, ?>) js("""
                const paint = performance.getEntriesByName('first-contentful-paint')[0];
                const resources = performance.getEntriesByType('resource');
                const bytes = (list) => list.reduce((n, r) => n + (r.transferSize || r.encodedBodySize || 0), 0);
                const nav = performance.getEntriesByType('navigation')[0];
                return {fcp: paint ? paint.startTime : -1,
                        loaded: Number(document.getElementById('dashboard').getAttribute('data-loaded-at')),
                        drawn: document.getElementById('map') ? Number(document.getElementById('map').getAttribute('data-drawn-at')) : 0,
                        bytes: bytes(resources) + (nav ? nav.transferSize : 0),
                        layers: bytes(resources.filter(r => r.name.indexOf('/geo/') >= 0))};""");
        return new double[] { num(t.get("fcp")), num(t.get("loaded")), num(t.get("drawn")), num(t.get("bytes")),
                num(t.get("layers")) };
    }

    private static double num(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }

    private static double median(List<double[]> runs, int i) {
        List<Double> values = runs.stream().map(r -> r[i]).sorted().toList();
        return values.get(values.size() / 2);
    }
}
