package org.peaceops.engine;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/** A headless Debian Chromium with a fresh profile, driven by Selenium, for the browser tests. */
public final class Chromium implements AutoCloseable {

    // by what they hold, not by their words: the login page speaks the browser's language
    private static final By USERNAME = By.cssSelector("input[ng-model='username']");
    private static final By PASSWORD = By.cssSelector("input[ng-model='password']");
    private static final By LOG_IN = By.cssSelector("form button[type='submit']");

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final Path profile;

    private Chromium(ChromeDriver browser, Path profile) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        this.profile = profile;
    }

    /**
     * Fails on CI, which installs Chromium (.ci/run), and skips elsewhere. Call it before each test
     * rather than in @BeforeAll, so that Surefire counts the tests as skipped instead of not run.
     */
    public static void requireInstalled() {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        String message = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + ": install chromium and chromium-driver: .ci/run does";
        if (System.getenv("CI") != null) {
            Assertions.assertTrue(installed, message);
        } else {
            Assumptions.assumeTrue(installed, message);
        }
    }

    /**
     * A new browser in American English, with a profile of its own: Tasklist keeps unsubmitted form
     * drafts in localStorage. English whatever the machine's language: the tests read English labels.
     */
    public static Chromium open() {
        return open("en-US");
    }

    /** A new browser that asks for pages in the language, such as fr-FR (its first language). */
    public static Chromium open(String language) {
        requireInstalled();
        try {
            Path profile = Files.createTempDirectory("chromium-profile-");
            // the driver executable given explicitly: Selenium Manager must never download one
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort()
                    .build();
            var options = new ChromeOptions()
                    .setBinary(CHROMIUM)
                    .addArguments(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--window-size=1400,1000",
                            "--user-data-dir=" + profile.toAbsolutePath());
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            var browser = new ChromeDriver(service, options);
            // the pages' language is the preference above; the dates' (Intl's default locale) follows
            // the machine's unless set for the tab, as a browser set to the language would have it
            browser.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", language));
            return new Chromium(browser, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver browser() {
        return browser;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** Keeps what the browser shows in target/browser-screenshots, for a test that failed. */
    /**
     * Signs in on a webapp's login page as the user (password = user id, as the demo has it). The
     * login form may render again while the fields are typed into: the values are checked, and
     * typed again on a fresh form, before the form is sent.
     */
    public void signIn(String url, String user) {
        browser.get(url);
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement name = waiting().until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
                name.clear();
                name.sendKeys(user);
                WebElement password = browser.findElement(PASSWORD);
                password.clear();
                password.sendKeys(user);
                if (user.equals(name.getDomProperty("value")) && user.equals(password.getDomProperty("value"))) {
                    browser.findElement(LOG_IN).click();
                    return;
                }
            } catch (StaleElementReferenceException e) {
                // the form rendered again: type into the new one
            }
            if (attempt == 3) {
                throw new IllegalStateException("could not type the credentials of " + user + " into " + url);
            }
        }
    }

    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(
                browser.getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        browser.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
