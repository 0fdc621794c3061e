package org.peaceops.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peaceops.engine.Chromium;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff work their tasks in the real Tasklist, in a headless Chromium, as they would at their desk:
 * sign in, find the task through a filter, claim it, fill its form and complete it.
 */
@EngineTest
class TasklistBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessDriver driver;

    @Autowired
    TaskService taskService;

    Chromium chromium;
    ChromeDriver browser;
    WebDriverWait wait;
    String code;

    /** Runs before @AfterEach quits the browser, so the failing page can still be captured. */
    @RegisterExtension
    AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent()) {
            screenshot(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void startAnOperationAndOpenABrowser() {
        Chromium.requireInstalled();
        // an operation of its own: other tests rely on TRAINEX's terms of reference staying open
        code = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        driver.startLifecycle(code);
        chromium = Chromium.open();
        browser = chromium.browser();
        wait = chromium.waiting();
    }

    @AfterEach
    void closeBrowserAndHandBackClaimedTasks() {
        if (chromium != null) {
            chromium.close();
        }
        // the context is shared: TasklistFiltersTest expects hq-planner's own list to be empty
        if (code != null) {
            taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(code)
                    .taskAssigned()
                    .list()
                    .forEach(task -> taskService.setAssignee(task.getId(), null));
        }
    }

    @Test
    void aStaffMemberFindsTheTaskThroughAFilterFillsTheFormAndTheProcessMovesOn() {
        String taskName = code + ": Draft terms of reference";
        signIn("hq-planner");
        openFilter("My groups' tasks");
        openTask(taskName);
        claim();
        // claimed, the task leaves the group's list for the planner's own (and a filter change closes it)
        openFilter("My tasks");
        openTask(taskName);

        field("Terms of reference").sendKeys("https://docs.example.org/" + code + "/terms-of-reference");
        textarea("Scope and questions").sendKeys("Options for the drawdown and the handover to the country team.");
        complete();

        wait.until(d -> driver.task(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE) == null);
        // the eight tasks that follow open in a job after the submission, as the job executor would run it
        driver.runJobs(code);
        assertThat(driver.task(code, StrategicAssessment.TASK_CONFLICT_ANALYSIS))
                .isNotNull();
        // and Tasklist drops the completed task from the planner's list
        wait.until(ExpectedConditions.invisibilityOfElementLocated(taskInList(taskName)));
    }

    @Test
    void anEmptyRequiredFieldKeepsTheTaskOpenAndShowsWhy() {
        signIn("hq-planner");
        openFilter("My groups' tasks");
        openTask(code + ": Draft terms of reference");
        claim();

        field("Terms of reference").sendKeys("https://docs.example.org/" + code + "/terms-of-reference");
        WebElement scope = textarea("Scope and questions");
        complete();

        // form-js shows why under the field it names, and sends nothing to the engine
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id(scope.getDomAttribute("id") + "-error-message"), "Field is required."));
        assertThat(driver.task(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE))
                .isNotNull();
    }

    private void signIn(String user) {
        chromium.signIn("http://localhost:" + port + "/camunda/app/tasklist/", user);
    }

    private void openFilter(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())=\"" + name + "\"]")))
                .click();
    }

    private void openTask(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(taskInList(name))).click();
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.xpath("//h2[normalize-space(.)=\"" + name + "\"]")));
    }

    private static By taskInList(String name) {
        return By.xpath("//a[normalize-space(.)=\"" + name + "\"]");
    }

    /** Claims the task: Tasklist keeps its Complete button disabled until then. */
    private void claim() {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Claim']")))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space(.)='Claim']")));
    }

    private WebElement field(String label) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(normalize-space(.),'" + label + "')]/following::input[1]")));
    }

    private WebElement textarea(String label) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(normalize-space(.),'" + label + "')]/following::textarea[1]")));
    }

    private void complete() {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Complete']")))
                .click();
    }

    private void screenshot(String name) throws IOException {
        if (chromium != null) {
            chromium.screenshot(name);
        }
    }
}
