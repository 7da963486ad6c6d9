package org.s3coop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import io.restassured.path.json.JsonPath;

/**
 * The dashboard's investment panel ({@code investment.js}) in a real headless Chromium: the funnel per programme,
 * the investment mobilised (requested, granted), projects by status and overdue reports show what
 * {@code GET /api/v1/portfolio} returns, and follow the stream: a project recorded and funded through the API changes
 * the figures without reloading the page. Screenshot: system-tests/target/dashboard-investment.png.
 */
@ExtendWith(Suite.class)
class InvestmentPanelIT {
    private static HeadlessChromium chromium;
    private static WebDriver driver;

    @BeforeAll
    static void chromium() throws Exception {
        chromium = HeadlessChromium.start("chromedriver-investment.log", 1366, 1000);
        driver = chromium.driver();
    }

    @AfterAll
    static void quit() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static String testid(String id) {
        return driver.findElement(By.cssSelector("[data-testid='" + id + "']")).getText().trim();
    }

    private static JsonPath portfolio() {
        return given().baseUri(Suite.partnership().url()).get("/api/v1/portfolio").then().statusCode(200).extract().jsonPath();
    }

    private static String eur(JsonPath p, String path) {
        return String.format(Locale.UK, "%,d", Math.round(p.getDouble(path)));
    }

    /** The panel shows the portfolio's figures (read again until they agree: the panel refreshes on events). */
    private static void showsThePortfolio() {
        Awaitility.await("the panel shows the portfolio").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    JsonPath p = portfolio();
                    assertThat(testid("invest-errors")).isEmpty();
                    assertThat(testid("invest-requested")).isEqualTo(eur(p, "mobilised.requestedEur"));
                    assertThat(testid("invest-granted")).isEqualTo(eur(p, "mobilised.grantedEur"));
                    for (String s : List.of("IDEA", "SUBMITTED", "FUNDED", "RUNNING")) {
                        assertThat(testid("projects-" + s)).as(s).isEqualTo(Long.toString(p.getLong("projectsByStatus." + s)));
                    }
                    assertThat(testid("overdue-reports")).isEqualTo(Long.toString(p.getLong("overdueReports")));
                    for (String stage : List.of("SCOPING", "MAPPING")) {
                        assertThat(testid("funnel-INTERREGIONAL_COOPERATION-" + stage)).as(stage).isEqualTo(
                                Long.toString(p.getLong("funnel.INTERREGIONAL_COOPERATION." + stage)));
                    }
                });
    }

    @Test
    void thePanelShowsThePortfolioAndFollowsTheStream() throws Exception {
        String[] p = InvestmentFixtures.partnership("invest", "InvestmentPanelIT testbeds");
        InvestmentFixtures.project(p[0], p[1], "Panel line 1", "ERDF", 400000, 300000, "PREPARE", "SUBMIT", "FUND");

        driver.get(Suite.region().url() + "/dashboard/?static");
        Awaitility.await("investment panel loaded").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "true".equals(driver.findElement(By.id("investment")).getAttribute("data-loaded")));
        showsThePortfolio();
        assertThat(driver.findElements(By.cssSelector("#investment .chart canvas"))).hasSize(2);
        Awaitility.await("stream connected").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "live".equals(driver.findElement(By.id("investment")).getAttribute("data-stream")));

        // a project recorded and funded through the API: the panel changes without a reload
        String grantedBefore = testid("invest-granted");
        long fundedBefore = Long.parseLong(testid("projects-FUNDED"));
        InvestmentFixtures.project(p[0], p[2], "Panel line 2", "I3_STRAND_1", 2000000, 1750000, "PREPARE", "SUBMIT", "FUND");
        Awaitility.await("the panel follows the project").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> Long.parseLong(testid("projects-FUNDED")) == fundedBefore + 1
                        && !testid("invest-granted").equals(grantedBefore));
        showsThePortfolio();
        assertThat(driver.findElement(By.id("investment")).getAttribute("data-last-event"))
                .startsWith("org.s3coop.partnership.project-");
        assertThat(chromium.severeConsoleMessages()).as("SEVERE browser console messages").isEmpty();
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('investment').scrollIntoView()");
        chromium.screenshot("dashboard-investment.png");
    }
}
