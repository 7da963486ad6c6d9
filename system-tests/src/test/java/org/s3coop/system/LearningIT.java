package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The dashboard's learning-loop panels ({@code learning.js}) in a real headless Chromium (Debian's chromium and
 * chromium-driver, driven by Selenium): the latest closed ranking round and its leader, the trend across rounds,
 * good practices by adoption status and the next meeting show what challenge-service's API returns, and they follow
 * the stream: a round closed and an adoption started through the API appear without reloading the page.
 * Screenshot: system-tests/target/dashboard-learning.png.
 */
@ExtendWith(Suite.class)
class LearningIT {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String ADMIN = TestTokens.admin();
    private static final List<String> MEMBERS = List.of("HU11", "CZ01", "AT13");
    private static final String ADOPTER = "SK01";
    private static final List<String> CLUSTERS = List.of("CAPACITY", "ALIGNING_ECOSYSTEMS", "FUNDING", "GOVERNANCE",
            "STAKEHOLDER_ENGAGEMENT", "KNOWLEDGE_AND_MONITORING");

    private static HeadlessChromium chromium;
    private static WebDriver driver;

    @BeforeAll
    static void chromium() throws Exception {
        chromium = HeadlessChromium.start("chromedriver-learning.log", 1366, 1000);
        driver = chromium.driver();
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

    /** Sends a request to challenge-service until it is not refused because a region is not known there yet. */
    private static Response eventually(String method, String path, String body, int expected) {
        Response[] last = new Response[1];
        Awaitility.await(method + " " + path).atMost(EVENTUALLY).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            last[0] = as(Suite.challenge()).body(body).request(method, path);
            assertThat(last[0].statusCode()).as(last[0].asString()).isEqualTo(expected);
        });
        return last[0];
    }

    /** Opens a round (admin), the members vote, it closes; answers its code. */
    private static String rankedRound(String prefix, List<List<String>> ballots) {
        String round = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        as(Suite.challenge()).body("{\"code\":\"" + round + "\",\"title\":\"LearningIT " + prefix + "\"}")
                .post("/api/v1/ranking-rounds").then().statusCode(201);
        for (int i = 0; i < MEMBERS.size(); i++) {
            as(Suite.challenge()).body("{\"clusters\":[\"" + String.join("\",\"", ballots.get(i)) + "\"]}")
                    .put("/api/v1/ranking-rounds/" + round + "/votes/" + MEMBERS.get(i)).then().statusCode(201);
        }
        as(Suite.challenge()).body("{\"action\":\"CLOSE\"}").post("/api/v1/ranking-rounds/" + round + "/transitions")
                .then().statusCode(200);
        return round;
    }

    private static String testid(String id) {
        return driver.findElement(By.cssSelector("[data-testid='" + id + "']")).getText().trim();
    }

    private static JsonPath get(String path) {
        return given().baseUri(Suite.challenge().url()).get(path).then().statusCode(200).extract().jsonPath();
    }

    /** What the practices panel must show: the adoptions of every practice, by status. */
    private static long adoptions(String status) {
        long total = 0;
        JsonPath page = get("/api/v1/practices?size=100");
        for (int p = 0; p < page.getInt("totalPages"); p++) {
            JsonPath items = get("/api/v1/practices?size=100&page=" + p);
            total += items.getList("items.adoptionsByStatus." + status, Integer.class).stream().mapToLong(Integer::longValue).sum();
        }
        return total;
    }

    @Test
    void theLearningPanelsShowWhatTheApiSaysAndFollowTheStream() throws Exception {
        for (String code : List.of("HU11", "CZ01", "AT13", ADOPTER)) {
            as(Suite.region()).body("{\"code\":\"" + code + "\",\"name\":\"Region " + code + "\",\"priorities\":[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C28\"}]}")
                    .post("/api/v1/regions").then().statusCode(201);
        }
        for (String member : MEMBERS) {
            eventually("PUT", "/api/v1/working-group/members/" + member,
                    "{\"representatives\":[{\"organisation\":\"S3 office of " + member + "\"}]}", 201);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        as(Suite.challenge()).body("""
                {"title":"LearningIT study visit","kind":"STUDY_VISIT","date":"%s","hostRegion":"HU11",
                 "agenda":"Visit of the joint secretariat"}""".formatted(today.plusDays(1)))
                .post("/api/v1/meetings").then().statusCode(201);

        rankedRound("first", List.of(CLUSTERS, List.of("FUNDING", "CAPACITY", "ALIGNING_ECOSYSTEMS", "GOVERNANCE",
                "STAKEHOLDER_ENGAGEMENT", "KNOWLEDGE_AND_MONITORING"), CLUSTERS));
        rankedRound("second", List.of(List.of("FUNDING", "CAPACITY", "ALIGNING_ECOSYSTEMS", "GOVERNANCE",
                "STAKEHOLDER_ENGAGEMENT", "KNOWLEDGE_AND_MONITORING"), CLUSTERS, List.of("FUNDING", "ALIGNING_ECOSYSTEMS",
                "CAPACITY", "GOVERNANCE", "STAKEHOLDER_ENGAGEMENT", "KNOWLEDGE_AND_MONITORING")));

        String challenge = as(Suite.challenge()).body("""
                {"cluster":"CAPACITY","title":"LearningIT: no staff for cooperation","scope":{"type":"COMMUNITY"},"severity":"HIGH"}""")
                .post("/api/v1/challenges").then().statusCode(201).extract().path("id");
        String solution = as(Suite.challenge()).body("{\"title\":\"LearningIT joint secretariat\",\"adoptingRegions\":[\"HU11\"]}")
                .post("/api/v1/challenges/" + challenge + "/solutions").then().statusCode(201).extract().path("id");
        as(Suite.challenge()).body("{\"title\":\"LearningIT joint secretariat\",\"status\":\"ADOPTED\",\"adoptingRegions\":[\"HU11\"]}")
                .put("/api/v1/challenges/" + challenge + "/solutions/" + solution).then().statusCode(200);
        String practice = as(Suite.challenge()).body("{\"solutionId\":\"" + solution + "\",\"summary\":\"One secretariat for "
                + "the partner regions\",\"contactOrganisation\":\"S3 office of HU11\",\"evidenceLinks\":[]}")
                .post("/api/v1/practices").then().statusCode(201).extract().path("id");
        String[][] adoptions = { { "HU11", "IMPLEMENTED" }, { "CZ01", "IMPLEMENTING" }, { "AT13", "PLANNED" } };
        for (String[] a : adoptions) {
            as(Suite.challenge()).body("{\"status\":\"" + a[1] + "\"}")
                    .put("/api/v1/practices/" + practice + "/adoptions/" + a[0]).then().statusCode(201);
        }

        driver.get(Suite.region().url() + "/dashboard/?static");
        Awaitility.await("learning panels loaded").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "true".equals(driver.findElement(By.id("learning")).getAttribute("data-loaded")));

        Awaitility.await("the panels show what the API says").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonPath trend = get("/api/v1/ranking-rounds/trend");
                    List<String> rounds = trend.getList("rounds.round");
                    String latest = rounds.get(rounds.size() - 1);
                    assertThat(testid("learning-errors")).isEmpty();
                    assertThat(testid("learning-round")).startsWith(latest + " · ");
                    assertThat(testid("learning-trend")).isEqualTo(rounds.size() + " closed rounds");
                    assertThat(testid("learning-leader")).isEqualTo(trend.getString("clusters[0].cluster"));
                    for (String status : List.of("PLANNED", "IMPLEMENTING", "IMPLEMENTED", "ABANDONED")) {
                        assertThat(testid("adoptions-" + status)).as(status).isEqualTo(Long.toString(adoptions(status)));
                    }
                    JsonPath next = get("/api/v1/meetings?status=PLANNED&from=" + today + "&sort=date&size=1");
                    assertThat(testid("next-meeting-title")).isEqualTo(next.getString("items[0].title"));
                    assertThat(testid("next-meeting-date")).isEqualTo(next.getString("items[0].date"));
                    assertThat(driver.findElements(By.cssSelector("#learning .chart canvas"))).hasSize(3);
                });
        assertThat(Long.parseLong(testid("adoptions-IMPLEMENTING"))).isGreaterThanOrEqualTo(1);

        // live: a round closed and an adoption started through the API show up without reloading the page
        Awaitility.await("stream connected").atMost(Duration.ofSeconds(20))
                .until(() -> "live".equals(driver.findElement(By.id("learning")).getAttribute("data-stream")));
        long planned = Long.parseLong(testid("adoptions-PLANNED"));
        String third = rankedRound("third", List.of(List.of("GOVERNANCE", "FUNDING", "CAPACITY", "ALIGNING_ECOSYSTEMS",
                "STAKEHOLDER_ENGAGEMENT", "KNOWLEDGE_AND_MONITORING"), CLUSTERS, CLUSTERS));
        eventually("PUT", "/api/v1/practices/" + practice + "/adoptions/" + ADOPTER, "{\"status\":\"PLANNED\"}", 201);
        long start = System.nanoTime();
        Awaitility.await("the closed round and the adoption in the panels").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                    assertThat(testid("learning-round")).startsWith(third + " · ");
                    assertThat(testid("adoptions-PLANNED")).isEqualTo(Long.toString(planned + 1));
                });
        System.out.println("LearningIT: round closed and adoption shown " + (System.nanoTime() - start) / 1_000_000
                + " ms after the last write answered");
        assertThat(testid("learning-leader")).isEqualTo(get("/api/v1/ranking-rounds/trend").getString("clusters[0].cluster"));

        assertThat(chromium.severeConsoleMessages()).as("SEVERE browser console messages").isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('learning').scrollIntoView()");
        chromium.screenshot("dashboard-learning.png");
    }
}
