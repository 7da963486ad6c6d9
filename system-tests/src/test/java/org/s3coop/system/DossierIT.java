package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.s3coop.platform.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A partnership's printable dossier (partnership-service, {@code GET /api/v1/partnerships/{id}/dossier} as
 * {@code text/html}) in a real headless Chromium: the stage history's timeline and a submitted report's indicator
 * table are visible, with the values the API recorded; the dashboard's live feed links to it. Screenshot:
 * system-tests/target/dossier.png.
 */
@ExtendWith(Suite.class)
class DossierIT {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String ADMIN = TestTokens.admin();

    private static HeadlessChromium chromium;
    private static WebDriver driver;

    @BeforeAll
    static void chromium() throws Exception {
        chromium = HeadlessChromium.start("chromedriver-dossier.log", 1200, 1000);
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

    /** The last half-year that has closed (its report may be written and submitted). */
    private static String lastClosedPeriod() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return today.getMonthValue() <= 6 ? (today.getYear() - 1) + "-H2" : today.getYear() + "-H1";
    }

    @Test
    void theDossierShowsTheTimelineAndTheIndicatorTable() throws Exception {
        String lead = NutsCodes.code("dossier-lead");
        String partner = NutsCodes.code("dossier-partner");
        for (String code : List.of(lead, partner)) {
            as(Suite.region()).body("{\"code\":\"" + code + "\",\"priorities\":[{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C28\"}]}")
                    .post("/api/v1/regions").then().statusCode(201);
        }
        String body = """
                {"title":"DossierIT <b>testbeds</b>","priority":{"family":"ECONOMIC_DOMAIN","code":"C28"},"leadRegion":"%s",
                 "members":[{"regionCode":"%s","role":"lead"},{"regionCode":"%s","role":"partner"}]}"""
                .formatted(lead, lead, partner);
        String[] id = new String[1];
        Awaitility.await("partnership-service knows the regions").atMost(EVENTUALLY).untilAsserted(() -> {
            var response = as(Suite.partnership()).body(body).post("/api/v1/partnerships");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            id[0] = response.jsonPath().getString("id");
        });
        String base = "/api/v1/partnerships/" + id[0];
        as(Suite.partnership()).body("{\"objective\":\"Shared testbeds\",\"draftActionPlan\":\"Pilot in 2027\"}")
                .put(base + "/evidence/scoping-note").then().statusCode(200);
        as(Suite.partnership()).body("{\"action\":\"ADVANCE\"}").post(base + "/transitions").then().statusCode(200)
                .body("stage", equalTo("MAPPING"));
        String project = as(Suite.partnership()).body("""
                {"title":"Testbed line","instrument":"I3_STRAND_1","regions":["%s"],"trlStart":4,"trlTarget":7,
                 "budgetEur":2000000,"requestedEur":1500000,"grantedEur":1250000}""".formatted(lead))
                .post(base + "/projects").then().statusCode(201).extract().path("id");
        for (String action : List.of("PREPARE", "SUBMIT", "FUND")) {
            as(Suite.partnership()).body("{\"action\":\"" + action + "\"}").post(base + "/projects/" + project + "/transitions")
                    .then().statusCode(200);
        }
        String period = lastClosedPeriod();
        as(Suite.partnership()).body("{\"narrative\":\"Two testbeds running\",\"values\":{\"JOBS_CREATED\":7}}")
                .put(base + "/reports/" + period).then().statusCode(201);
        as(Suite.partnership()).post(base + "/reports/" + period + "/submission").then().statusCode(200);

        // the page, as a browser asks for it (Accept: text/html first)
        driver.get(Suite.partnership().url() + base + "/dossier");
        assertThat(driver.getTitle()).isEqualTo("Dossier: DossierIT <b>testbeds</b>");
        List<WebElement> timeline = driver.findElements(By.cssSelector("#timeline li.timeline-entry"));
        assertThat(timeline).hasSize(2).allMatch(WebElement::isDisplayed);
        assertThat(timeline.get(0).getText()).contains("PROPOSE").contains("SCOPING");
        assertThat(timeline.get(1).getText()).contains("ADVANCE").contains("SCOPING → MAPPING");
        WebElement indicators = driver.findElement(By.cssSelector("#reports table.indicators"));
        assertThat(indicators.isDisplayed()).isTrue();
        List<String> rows = indicators.findElements(By.cssSelector("tr.indicator")).stream().map(WebElement::getText).toList();
        assertThat(rows).anyMatch(r -> r.startsWith("Jobs created JOBS_CREATED") && r.contains(" 7 "))
                .anyMatch(r -> r.startsWith("Investment mobilised (granted) INVESTMENT_MOBILISED_EUR") && r.contains("1250000"))
                .anyMatch(r -> r.startsWith("Regions involved (active members) REGIONS_INVOLVED") && r.contains(" 2 "));
        assertThat(driver.findElement(By.cssSelector("#projects tr.project")).getText()).contains("Testbed line", "FUNDED");
        assertThat(chromium.severeConsoleMessages()).as("SEVERE browser console messages").isEmpty();
        chromium.screenshot("dossier.png");

        // the dashboard's live feed links a partnership's events to its dossier
        driver.get(Suite.region().url() + "/dashboard/?static");
        Awaitility.await("stream connected").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "live".equals(driver.findElement(By.id("stream-status")).getAttribute("data-state")));
        as(Suite.partnership()).body("{\"action\":\"HOLD\",\"reason\":\"DossierIT\"}").post(base + "/transitions")
                .then().statusCode(200);
        By link = By.cssSelector("#feed li[data-subject='" + id[0] + "'] a.dossier");
        Awaitility.await("the feed links the dossier").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> !driver.findElements(link).isEmpty());
        String href = driver.findElement(link).getAttribute("href");
        assertThat(href).endsWith(base + "/dossier");
        driver.get(href);
        assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("MAPPING");
    }
}
