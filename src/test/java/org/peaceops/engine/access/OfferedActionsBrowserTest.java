package org.peaceops.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.peaceops.engine.Chromium;
import org.peaceops.engine.EngineTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's header in a headless Chromium offers "Create task" and "Start process" only to whom the
 * engine lets use them: staff neither, headquarters the start of a transition, the administrator both.
 */
@EngineTest
class OfferedActionsBrowserTest {

    static final By CREATE_TASK = By.cssSelector("li.create-task-action");
    static final By START_PROCESS = By.cssSelector("li.start-process-action");

    @LocalServerPort
    int port;

    Chromium chromium;

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

    @ParameterizedTest(name = "{0}: create task {1}, start process {2}")
    @CsvSource({"transition-officer, no, no", "hq-planner, no, yes", "demo, yes, yes"})
    void theHeaderOffersOnlyWhatTheUserMayDo(String user, String createTask, String startProcess) {
        chromium.signIn("http://localhost:" + port + "/camunda/app/tasklist/default/", user);

        chromium.waiting()
                .until(ExpectedConditions.attributeToBeNotEmpty(
                        chromium.browser().findElement(By.tagName("html")), "data-start-process"));
        chromium.waiting().until(driver -> !driver.findElements(START_PROCESS).isEmpty());

        assertThat(chromium.browser().findElement(CREATE_TASK).isDisplayed()).isEqualTo(createTask.equals("yes"));
        assertThat(chromium.browser().findElement(START_PROCESS).isDisplayed()).isEqualTo(startProcess.equals("yes"));
    }
}
