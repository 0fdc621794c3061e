package org.peaceops.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.peaceops.engine.Chromium;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.registry.TransitionRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit as a manager and an administrator see it in a headless Chromium: the project's name and no
 * end-of-life banner, the "Transitions" panel with MONUSCO and its charts drawn, the status report
 * one click away, the "Transition dashboard" tab of MONUSCO's lifecycle, and the controls that write
 * to the instance offered only to whom the engine lets use them.
 */
@EngineTest
class CockpitBrowserTest {

    static final By PANEL = By.cssSelector("[data-plugin-id='transitions-dashboard'] .transitions-panel");
    static final By MONUSCO_ROW = By.cssSelector("[data-plugin-id='transitions-dashboard'] tr[data-code='MONUSCO']");
    /** Cockpit's actions on a running instance: delete (a cross) and suspend (a pause). */
    static final By DELETE = By.cssSelector(".ctn-toolbar .glyphicon-remove");

    static final By SUSPEND = By.cssSelector(".ctn-toolbar .btn-suspend-action");

    @LocalServerPort
    int port;

    @Autowired
    TransitionRegistry registry;

    Chromium chromium;

    @RegisterExtension
    AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && chromium != null) {
            chromium.screenshot(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openABrowser() {
        chromium = Chromium.open();
    }

    @AfterEach
    void closeTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aManagerSeesTheProjectsNameNoBannerAndTheTransitionsPanelWithMonuscoAndDrawnCharts() {
        signInToCockpit("manager");

        WebElement monusco = chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(MONUSCO_ROW));
        assertThat(monusco.getText())
                .contains("MONUSCO", "In transition", "Drawdown")
                .doesNotContain("_");
        assertThat(chromium.browser()
                        .findElement(By.cssSelector("[cam-widget-header] .brand-name"))
                        .getText())
                .contains("Transition engine");
        assertThat(chromium.browser().findElements(By.cssSelector(".ce-eol-banner")))
                .as("Camunda's end-of-life banner")
                .noneMatch(WebElement::isDisplayed);
        assertThat(chromium.browser().findElements(By.xpath("//*[contains(text(), 'migrate to Camunda 8')]")))
                .as("the banner's words, wherever they are")
                .noneMatch(WebElement::isDisplayed);
        List<WebElement> drawn = chromium.waiting().until(browser -> {
            var shapes = browser.findElement(PANEL).findElements(By.cssSelector(".transitions-chart svg path"));
            return shapes.size() > 5 ? shapes : null;
        });
        assertThat(drawn).as("the charts' bars and axes").isNotEmpty();
        screenshotForTheRecord("cockpit-dashboard-manager");
    }

    @Test
    void aManagerOpensTheStatusReportFromCockpitsHeader() {
        signInToCockpit("manager");

        chromium.waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[@cam-widget-header]//a[normalize-space(.)='Status report']")))
                .click();

        chromium.waiting().until(ExpectedConditions.urlContains("/reports/transition-status.html"));
        chromium.waiting()
                .until(browser -> "complete".equals(chromium.browser().executeScript("return document.readyState")));
        assertThat(chromium.browser().findElements(By.cssSelector("input[placeholder='Username']")))
                .as("signed in already: no second sign-in")
                .isEmpty();
        assertThat(chromium.browser().getTitle()).doesNotContain("may not", "does not exist");
        screenshotForTheRecord("cockpit-status-report");
    }

    @Test
    void aManagerIsOfferedNeitherDeleteNorSuspendOnMonuscosLifecycleButItsTransitionDashboard() {
        signInToCockpit("manager");
        openMonuscosLifecycle();

        waitForTheAccessCheck("reader");
        assertThat(chromium.browser().findElements(DELETE)).noneMatch(WebElement::isDisplayed);
        assertThat(chromium.browser().findElements(SUSPEND)).noneMatch(WebElement::isDisplayed);

        chromium.browser()
                .findElement(By.xpath("//a[normalize-space(.)='Transition dashboard']"))
                .click();
        WebElement b1 = chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".transitions-operation .transitions-card[data-benchmark='B1']")));
        assertThat(b1.getText()).contains("At risk", "Minimum condition").doesNotContain("AT_RISK");
        chromium.waiting().until(browser -> !browser.findElements(
                        By.cssSelector(".transitions-operation .transitions-chart svg path"))
                .isEmpty());
        screenshotForTheRecord("cockpit-monusco-manager");
    }

    @Test
    void anAdministratorKeepsTheControlsOnMonuscosLifecycle() {
        signInToCockpit("demo");
        openMonuscosLifecycle();

        waitForTheAccessCheck("writer");
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(DELETE));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(SUSPEND));
        screenshotForTheRecord("cockpit-monusco-admin");
    }

    private void openMonuscosLifecycle() {
        String lifecycle = registry.find("MONUSCO").orElseThrow().processInstanceId();
        chromium.browser().get(url("/camunda/app/cockpit/default/#/process-instance/" + lifecycle + "/runtime"));
        chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//a[normalize-space(.)='Transition dashboard']")));
    }

    /** The page asked the engine what the user may do, and marked the answer on the document. */
    private void waitForTheAccessCheck(String answer) {
        chromium.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("html[data-transition-access='" + answer + "']")));
    }

    private void signInToCockpit(String user) {
        chromium.signIn(url("/camunda/app/cockpit/"), user);
        chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[cam-widget-header] .brand-name")));
    }

    /** Kept in target/browser-screenshots, to look at what the test saw. */
    private void screenshotForTheRecord(String name) {
        try {
            chromium.screenshot(name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
