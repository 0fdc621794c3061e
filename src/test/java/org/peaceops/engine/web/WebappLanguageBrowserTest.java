package org.peaceops.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.peaceops.engine.Chromium;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist speaks the browser's language (French or English), and shows a form's dates in the
 * browser's format unless that puts the month first: then as ISO dates. Needs each webapp's config.js
 * to list the locales and the custom script shared/language.js.
 */
@EngineTest
class WebappLanguageBrowserTest {

    private static final By DATE_FIELD = By.cssSelector(".fjs-datepicker input");

    @LocalServerPort
    int port;

    @Autowired
    ProcessDriver driver;

    @Autowired
    TaskService taskService;

    Chromium chromium;
    String code;

    /** Runs before @AfterEach quits the browser, so the failing page can still be captured. */
    @RegisterExtension
    AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && chromium != null) {
            chromium.screenshot(context.getRequiredTestMethod().getName());
        }
    };

    @AfterEach
    void closeBrowserAndHandBackTheTask() {
        if (chromium != null) {
            chromium.close();
        }
        // the context is shared: TasklistFiltersTest expects hq-planner's own list to be empty
        if (code != null) {
            taskService.createTaskQuery().processInstanceBusinessKey(code).taskAssigned().list().stream()
                    .forEach(task -> taskService.setAssignee(task.getId(), null));
        }
    }

    @Test
    void aFrenchBrowserGetsTasklistInFrenchFromTheLoginPageOn() {
        chromium = Chromium.open("fr-FR");
        var browser = chromium.browser();
        browser.get(tasklist());

        // the texts of the project's fr.json
        waitForText(By.cssSelector("form button[type='submit']"), "Se connecter");
        chromium.signIn(tasklist(), "transition-officer");
        chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//input[@placeholder='Filtrer les tâches']")));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("fr");
    }

    @Test
    void aFrenchBrowserSeesAFormsDatesDayFirstAndTheDueDateInFrench() throws IOException {
        openTaskWithADateField("fr-FR");

        assertThat(dateField().getDomAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        // in a month: the English file's date settings no longer win when they arrive last
        assertThat(chromium.browser()
                        .findElement(By.cssSelector(".task-card [am-time-ago='task.due']"))
                        .getText())
                .startsWith("dans ");
    }

    @Test
    void anAmericanBrowserSeesAFormsDatesAsIsoDatesNotMonthFirst() throws IOException {
        openTaskWithADateField("en-US");

        assertThat(dateField().getDomAttribute("placeholder")).isEqualTo("yyyy-mm-dd");
        // Tasklist may draw the form again just after the claim, dropping what was typed into the
        // first one: type into the field on the page until it keeps a value, then read that value
        String shown = chromium.waiting().until(browser -> {
            WebElement date = dateField();
            if (date.getDomProperty("value").isEmpty()) {
                date.sendKeys("2026-03-04");
                date.sendKeys(org.openqa.selenium.Keys.TAB);
            }
            String value = dateField().getDomProperty("value");
            return value.isEmpty() ? null : value;
        });
        assertThat(shown).isEqualTo("2026-03-04");
    }

    /** Headquarters' consultation of regional organisations: its form asks for the day of the consultation. */
    private void openTaskWithADateField(String language) {
        code = "L" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        driver.startLifecycle(code);
        driver.complete(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);
        String taskId = driver.task(code, StrategicAssessment.TASK_CONSULT_REGIONAL_ORGANISATIONS)
                .getId();
        chromium = Chromium.open(language);
        chromium.signIn(tasklist(), "hq-planner");
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tasks-list")));
        chromium.browser().get(tasklist() + "#/?task=" + taskId);
        chromium.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-card [ng-click='claim()']")))
                .click();
        chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".task-card [ng-click='unclaim()']")));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(DATE_FIELD));
    }

    private WebElement dateField() {
        return chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(DATE_FIELD));
    }

    private void waitForText(By element, String text) {
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    }

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }
}
