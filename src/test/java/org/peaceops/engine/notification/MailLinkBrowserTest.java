package org.peaceops.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.peaceops.engine.Chromium;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.access.OperationTenants;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a member of staff does with the mail, in a headless Chromium: signed in to Tasklist, the
 * mail's link opens the task; the page the mail names turns the mails off and on again.
 */
@MailTest
class MailLinkBrowserTest {

    static final String BASE = "https://transitions.example.org";
    static final Pattern LINK = Pattern.compile(Pattern.quote(BASE) + "(/camunda/app/tasklist/\\S+)");

    @LocalServerPort
    int port;

    @Autowired
    Transitions transitions;

    @Autowired
    ProcessDriver driver;

    @Autowired
    OperationTenants tenants;

    Chromium chromium;

    @BeforeEach
    void browser() {
        Chromium.requireInstalled();
        chromium = Chromium.open();
    }

    @AfterEach
    void close() throws IOException {
        ClockUtil.reset();
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theLinkInTheMailOpensTheTaskInTasklistOnceSignedIn() throws IOException {
        String code = transitions.newOperation();
        transitions.imported(code, NewTaskMailTest.ASSESSMENT.replace("%2$s", "fr"));
        tenants.addStaff(code, "monusco-host");
        driver.complete(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);
        Task consultation = driver.task(code, StrategicAssessment.TASK_CONSULT_HOST_GOVERNMENT);
        var mail = NewTaskMailTest.awaitOne("monusco-host@demo.invalid", consultation.getName());
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as("a link under %s in %s", BASE, mail.text()).isTrue();

        // the base URL is the public address; this test's server listens on a port of its own
        String local = "http://localhost:" + port;
        chromium.signIn(local + "/camunda/app/tasklist/mailtest/", "monusco-host");
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Marie")));
        // the mail as a mail program shows its HTML, and its button followed as a person would
        Path shown = Files.createTempFile("mail-", ".html");
        Files.writeString(shown, mail.html().replace(BASE, local));
        try {
            chromium.browser().get(shown.toUri().toString());
            chromium.screenshot("mail-in-french");
            chromium.waiting()
                    .until(ExpectedConditions.elementToBeClickable(By.linkText("Ouvrir la tâche dans Tasklist")))
                    .click();
        } finally {
            Files.delete(shown);
        }
        assertThat(chromium.browser().getCurrentUrl()).isEqualTo(local + link.group(1));

        chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//h2[normalize-space(.)=\"" + consultation.getName() + "\"]")));
        chromium.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Claim']")));
        // and its form, to fill in once claimed
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form textarea")));
        chromium.screenshot("mail-link-opens-the-task");
    }

    @Test
    void thePageTheMailNamesTurnsTheMailsOffAndOnAgain() throws IOException {
        String local = "http://localhost:" + port;
        var rest = new RestClient(port);
        chromium.signIn(local + "/camunda/app/tasklist/mailtest/", "trainex-host");
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Tamar")));
        try {
            chromium.browser().get(local + "/notifications.html");
            var email = chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.id("email")));
            assertThat(email.isSelected()).isTrue();

            email.click();
            chromium.browser().findElement(By.id("save")).click();
            chromium.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Saved."));
            chromium.screenshot("notification-settings-off");
            assertThat(rest.get("/api/me/notifications", "trainex-host")
                            .json()
                            .path("email")
                            .asBoolean(true))
                    .isFalse();

            chromium.browser().navigate().refresh();
            email = chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.id("email")));
            assertThat(email.isSelected()).as("as saved").isFalse();
            email.click();
            chromium.browser().findElement(By.id("save")).click();
            chromium.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Saved."));
            assertThat(rest.get("/api/me/notifications", "trainex-host")
                            .json()
                            .path("email")
                            .asBoolean(false))
                    .isTrue();
        } finally {
            rest.put("/api/me/notifications", "trainex-host", java.util.Map.of("email", true));
        }
    }
}
