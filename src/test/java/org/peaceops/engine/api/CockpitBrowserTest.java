package org.peaceops.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.peaceops.engine.ChromiumPerTest;
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

    @RegisterExtension
    final ChromiumPerTest session = new ChromiumPerTest();

    @Test
    void aManagerSeesTheProjectsNameNoBannerAndTheTransitionsPanelWithMonuscoAndDrawnCharts() {
        signInToCockpit("manager");

        WebElement monusco =
                session.chromium().waiting().until(ExpectedConditions.visibilityOfElementLocated(MONUSCO_ROW));
        assertThat(monusco.getText())
                .contains("MONUSCO", "In transition", "Drawdown")
                .doesNotContain("_");
        assertThat(session.chromium()
                        .browser()
                        .findElement(By.cssSelector("[cam-widget-header] .brand-name"))
                        .getText())
                .contains("Transition engine");
        assertThat(session.chromium().browser().findElements(By.cssSelector(".ce-eol-banner")))
                .as("Camunda's end-of-life banner")
                .noneMatch(WebElement::isDisplayed);
        assertThat(session.chromium().browser().findElements(By.xpath("//*[contains(text(), 'migrate to Camunda 8')]")))
                .as("the banner's words, wherever they are")
                .noneMatch(WebElement::isDisplayed);
        List<WebElement> drawn = session.chromium().waiting().until(browser -> {
            var shapes = browser.findElement(PANEL).findElements(By.cssSelector(".transitions-chart svg path"));
            return shapes.size() > 5 ? shapes : null;
        });
        assertThat(drawn).as("the charts' bars and axes").isNotEmpty();
        screenshotForTheRecord("cockpit-dashboard-manager");
    }

    @Test
    void aManagerOpensTheStatusReportFromCockpitsHeader() {
        signInToCockpit("manager");

        session.chromium()
                .waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[@cam-widget-header]//a[normalize-space(.)='Status report']")))
                .click();

        session.chromium().waiting().until(ExpectedConditions.urlContains("/reports/transition-status.html"));
        session.chromium().waiting().until(browser -> "complete"
                .equals(session.chromium().browser().executeScript("return document.readyState")));
        assertThat(session.chromium().browser().findElements(By.cssSelector("input[placeholder='Username']")))
                .as("signed in already: no second sign-in")
                .isEmpty();
        assertThat(session.chromium().browser().getTitle()).doesNotContain("may not", "does not exist");
        screenshotForTheRecord("cockpit-status-report");
    }

    @Test
    void aManagerIsOfferedNeitherDeleteNorSuspendOnMonuscosLifecycleButItsTransitionDashboard() {
        signInToCockpit("manager");
        openMonuscosLifecycle();

        waitForTheAccessCheck("reader");
        assertThat(session.chromium().browser().findElements(DELETE)).noneMatch(WebElement::isDisplayed);
        assertThat(session.chromium().browser().findElements(SUSPEND)).noneMatch(WebElement::isDisplayed);

        session.chromium()
                .browser()
                .findElement(By.xpath("//a[normalize-space(.)='Transition dashboard']"))
                .click();
        WebElement b1 = session.chromium()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".transitions-operation .transitions-card[data-benchmark='B1']")));
        assertThat(b1.getText()).contains("At risk", "Minimum condition").doesNotContain("AT_RISK");
        session.chromium().waiting().until(browser -> !browser.findElements(
                        By.cssSelector(".transitions-operation .transitions-chart svg path"))
                .isEmpty());
        screenshotForTheRecord("cockpit-monusco-manager");
    }

    @Test
    void anAdministratorKeepsTheControlsOnMonuscosLifecycle() {
        signInToCockpit("demo");
        openMonuscosLifecycle();

        waitForTheAccessCheck("writer");
        session.chromium().waiting().until(ExpectedConditions.visibilityOfElementLocated(DELETE));
        session.chromium().waiting().until(ExpectedConditions.visibilityOfElementLocated(SUSPEND));
        screenshotForTheRecord("cockpit-monusco-admin");
    }

    private void openMonuscosLifecycle() {
        String lifecycle = registry.find("MONUSCO").orElseThrow().processInstanceId();
        session.chromium()
                .browser()
                .get(url("/camunda/app/cockpit/default/#/process-instance/" + lifecycle + "/runtime"));
        session.chromium()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//a[normalize-space(.)='Transition dashboard']")));
    }

    /** The page asked the engine what the user may do, and marked the answer on the document. */
    private void waitForTheAccessCheck(String answer) {
        session.chromium()
                .waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("html[data-transition-access='" + answer + "']")));
    }

    private void signInToCockpit(String user) {
        session.chromium().signIn(url("/camunda/app/cockpit/"), user);
        session.chromium()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[cam-widget-header] .brand-name")));
    }

    /** Kept in target/browser-screenshots, to look at what the test saw. */
    private void screenshotForTheRecord(String name) {
        try {
            session.chromium().screenshot(name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
