package org.s3coop.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import io.restassured.specification.RequestSpecification;

/**
 * A partnership's printable dossier (partnership-service, {@code GET /api/v1/partnerships/{id}/dossier} as
 * {@code text/html}) in a real headless Chromium: the stage history's timeline and a submitted report's indicator
 * table are visible, with the values the API recorded; the dashboard's live feed links to it. Screenshot:
 * system-tests/target/dossier.png.
 */
@ExtendWith(Suite.class)
class DossierIT {
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
        return InvestmentFixtures.asAdmin(service);
    }

    @Test
    void theDossierShowsTheTimelineAndTheIndicatorTable() throws Exception {
        String[] p = InvestmentFixtures.partnership("dossier", "DossierIT <b>testbeds</b>");
        String[] id = { p[0] };
        String base = "/api/v1/partnerships/" + id[0];
        as(Suite.partnership()).body("{\"action\":\"ADVANCE\"}").post(base + "/transitions").then().statusCode(200)
                .body("stage", equalTo("MAPPING"));
        InvestmentFixtures.project(id[0], p[1], "Testbed line", "I3_STRAND_1", 1500000, 1250000, "PREPARE", "SUBMIT", "FUND");
        String period = InvestmentFixtures.lastClosedPeriod();
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
