package org.peaceops.engine.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.peaceops.engine.ChromiumPerTest;
import org.peaceops.engine.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager signs in to Cockpit, opens the report page in Chromium, picks a day and gets its report:
 * in words, with its charts, and links to each operation in Cockpit and Tasklist.
 */
@EngineTest
class TransitionStatusPageTest {

    static final List<String> DEMO = List.of("MONUSCO", "UNAMID", "UNIOGBIS", "UNMIL", "UNOCI", "MINUJUSTH", "TRAINEX");

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @RegisterExtension
    final ChromiumPerTest session = new ChromiumPerTest();

    @Test
    void withoutASessionThePageSendsTheBrowserToTheSignIn() {
        session.chromium().browser().get(url("/reports/transition-status.html"));

        session.chromium()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[placeholder='Username']")));
        assertThat(session.chromium().browser().getCurrentUrl()).contains("/camunda/app/cockpit/");
    }

    @Test
    void aManagerPicksADayAndSeesWhichOperationsWereInTransitionOrTransitioned() {
        signInToCockpit("manager");

        session.chromium().browser().get(url("/reports/transition-status.html?asOf=2022-06-30"));
        assertThat(demoRows("2022-06-30"))
                .containsExactlyInAnyOrder("MONUSCO In transition", "UNAMID Transitioned", "UNIOGBIS Transitioned");
        assertThat(session.chromium().browser().findElement(By.id("csv")).getAttribute("href"))
                .endsWith("/api/reports/transition-status?format=csv&asOf=2022-06-30");

        var date = session.chromium().browser().findElement(By.id("asOf"));
        // the date input takes the keys of the browser's locale: set it as a script would
        session.chromium().browser().executeScript("arguments[0].value = '2019-12-31'", date);
        session.chromium()
                .browser()
                .findElement(By.cssSelector("button[type=submit]"))
                .click();

        assertThat(demoRows("2019-12-31"))
                .containsExactlyInAnyOrder(
                        "UNAMID In transition",
                        "UNIOGBIS In transition",
                        "UNMIL Transitioned",
                        "MINUJUSTH Transitioned");
    }

    @Test
    void thePageSpeaksWordsDrawsItsChartsAndLinksEachOperationToCockpitAndTasklist() {
        signInToCockpit("manager");

        session.chromium().browser().get(url("/reports/transition-status.html?asOf=2022-06-30"));
        demoRows("2022-06-30");

        for (String chart : List.of("portfolio-chart", "readiness-chart", "status-chart", "sites-chart")) {
            session.chromium()
                    .waiting()
                    .withMessage("a chart drawn in #" + chart)
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
        }
        String page =
                session.chromium().browser().findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains("In transition", "Transitioned", "At risk", "No data", "Drawdown")
                .doesNotContain("IN_TRANSITION", "TRANSITIONED", "AT_RISK", "OFF_TRACK", "NO_DATA", "ON_TRACK")
                .doesNotContain("DRAWDOWN", "POST_TRANSITION");
        var monusco = session.chromium().browser().findElement(By.cssSelector("tr[data-code='MONUSCO']"));
        assertThat(monusco.findElement(By.cssSelector("a.dashboard")).getAttribute("href"))
                .endsWith("/camunda/app/cockpit/default/#/process-instance/" + lifecycle("MONUSCO")
                        + "/runtime?tab=transition-dashboard");
        assertThat(monusco.findElement(By.cssSelector("a.tasks")).getAttribute("href"))
                .contains("/camunda/app/tasklist/default/#/?filter=")
                .contains("processInstanceBusinessKey")
                .contains("MONUSCO");
        var unamid = session.chromium().browser().findElement(By.cssSelector("tr[data-code='UNAMID']"));
        assertThat(unamid.findElements(By.cssSelector("a.dashboard")))
                .as("its lifecycle has ended: Cockpit has no page for it")
                .isEmpty();
    }

    @Test
    void staffSeeNoLinkToCockpitWhichTheyCannotOpen() {
        // MONUSCO works in French: its staff get their filters in French
        session.chromium().signIn(url("/camunda/app/tasklist/"), "monusco-leadership");
        session.chromium()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'Mes tâches')]")));

        session.chromium().browser().get(url("/reports/transition-status.html"));

        var monusco = session.chromium()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-code='MONUSCO']")));
        assertThat(monusco.findElement(By.cssSelector("a.tasks")).getAttribute("href"))
                .as("their own operation's filter")
                .contains("/camunda/app/tasklist/default/#/?filter=");
        assertThat(monusco.findElements(By.cssSelector("a.dashboard"))).isEmpty();
        assertThat(session.chromium()
                        .browser()
                        .findElement(By.cssSelector("header nav a[data-app='cockpit']"))
                        .isDisplayed())
                .isFalse();
        assertThat(session.chromium()
                        .browser()
                        .findElement(By.cssSelector("header nav a[data-app='tasklist']"))
                        .isDisplayed())
                .isTrue();
    }

    @Test
    void aDayThatDoesNotExistIsRefusedWithTheServersMessage() {
        signInToCockpit("manager");

        session.chromium().browser().get(url("/reports/transition-status.html?asOf=2022-02-30"));

        var error = session.chromium()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#error:not(:empty)")));
        assertThat(error.getText()).contains("'2022-02-30' is not a real calendar date");
    }

    /** The demo's operations in the table, with their status, once the report for the day has loaded. */
    private List<String> demoRows(String asOf) {
        String table = "#operations[data-as-of='" + asOf + "']";
        session.chromium()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(table + " tbody tr")));
        return session.chromium().waiting().until(browser -> {
            var rows = browser.findElements(By.cssSelector(table + " tbody tr")).stream()
                    .filter(row -> DEMO.contains(row.getAttribute("data-code")))
                    .map(row -> row.getAttribute("data-code") + " "
                            + row.findElements(By.tagName("td")).get(1).getText())
                    .toList();
            return rows.isEmpty() ? null : rows;
        });
    }

    private String lifecycle(String code) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey("transition-lifecycle")
                .processInstanceBusinessKey(code)
                .singleResult()
                .getId();
    }

    private void signInToCockpit(String user) {
        session.chromium().signIn(url("/camunda/app/cockpit/"), user);
        session.chromium()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'Processes')]")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
