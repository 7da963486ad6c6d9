package org.s3coop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium for the dashboard's browser tests: Debian's chromium and chromium-driver driven by Selenium
 * (Selenium Manager neither looks for nor downloads anything: both are given), a fresh profile under
 * {@code system-tests/target}, the browser console kept (level ALL) so that a test can assert it has no error.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path target;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, Path target) {
        this.service = service;
        this.driver = driver;
        this.target = target;
    }

    /** A browser with a 1366x900 window. */
    static HeadlessChromium start(String logName) throws IOException {
        return start(logName, 1366, 900);
    }

    /** Starts a browser window of {@code width} x {@code height}; the driver logs to {@code target/<logName>}. */
    static HeadlessChromium start(String logName, int width, int height) throws IOException {
        assertThat(Path.of(CHROMIUM)).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
        assertThat(Path.of(CHROMEDRIVER)).as("Debian's chromium-driver").exists();
        Path target = Path.of(System.getProperty("s3coop.root", "..")).toAbsolutePath().normalize()
                .resolve("system-tests/target");
        Path profile = Files.createTempDirectory(target, "chromium-profile-");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().withLogFile(target.resolve(logName).toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new HeadlessChromium(service, driver, target);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** {@code system-tests/target}, where screenshots go. */
    Path target() {
        return target;
    }

    /** The browser console's messages of level SEVERE so far. */
    List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}
