package org.peaceops.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.access.OperationTenants;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.notification.MailServer.ReceivedMail;
import org.peaceops.engine.registry.TransitionRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new task mails the members of its candidate groups in its operation, in the operation's language,
 * through a real SMTP server: its name, the operation, the due date and the link that opens it.
 */
@MailTest
class NewTaskMailTest {

    /** An operation at its strategic assessment, in the language %2$s. */
    static final String ASSESSMENT =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Operation %1$s",
              "type": "PKO", "hostCountry": "XAR", "workingLanguage": "%2$s",
              "transition": {"trigger": "COUNCIL_DECISION", "startedOn": "2026-01-15", "stage": "ASSESSMENT"}}]}
            """;

    static final String LINK = "https://transitions.example.org/camunda/app/tasklist/mailtest/#/?task=";

    @Autowired
    Transitions transitions;

    @Autowired
    ProcessDriver driver;

    @Autowired
    OperationTenants tenants;

    @Autowired
    TransitionRegistry registry;

    @Autowired
    MailDelivery delivery;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

    String code;

    @BeforeEach
    void newOperation() {
        code = transitions.newOperation();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** The operation at its assessment, with these members of staff; its host-government consultation. */
    Task consultationOf(String language, String... staff) {
        transitions.imported(code, ASSESSMENT.replace("%2$s", language));
        for (String member : staff) {
            tenants.addStaff(code, member);
        }
        driver.complete(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);
        return driver.task(code, StrategicAssessment.TASK_CONSULT_HOST_GOVERNMENT);
    }

    @Test
    void aTaskOfAFrenchOperationMailsItsGroupsMembersInThatOperationInFrench() {
        Task consultation = consultationOf("fr", "monusco-host");

        ReceivedMail mail = awaitOne("monusco-host@demo.invalid", consultation.getName());
        assertThat(mail.subject()).isEqualTo("Nouvelle tâche : " + consultation.getName());
        assertThat(mail.text())
                .contains(
                        "Bonjour Marie Host,",
                        "Une nouvelle tâche attend votre groupe pour Operation " + code + " (" + code + ").",
                        "Tâche : " + consultation.getName(),
                        "Échéance : " + day(consultation, Locale.FRENCH),
                        "Ouvrir la tâche dans Tasklist :\n" + LINK + consultation.getId());
        assertThat(mail.html())
                .contains("<html lang=\"fr\" dir=\"ltr\">", "<a href=\"" + LINK + consultation.getId() + "\"");
        // trainex-host is in the host government's group too, but on the training exercise only
        awaitAllSent();
        assertThat(recipientsOf(consultation)).containsExactly("monusco-host");
        assertThat(MailServer.received("trainex-host@demo.invalid", code)).isEmpty();
    }

    @Test
    void aTaskOfAnEnglishOperationMailsInEnglish() {
        Task consultation = consultationOf("en", "trainex-host");

        ReceivedMail mail = awaitOne("trainex-host@demo.invalid", consultation.getName());
        assertThat(mail.subject()).isEqualTo("New task: " + consultation.getName());
        assertThat(mail.text())
                .contains(
                        "Hello Tamar Host,",
                        "Task: " + consultation.getName(),
                        "Operation: Operation " + code + " (" + code + ")",
                        "Due: " + day(consultation, Locale.ENGLISH),
                        LINK + consultation.getId());
        assertThat(mail.html()).contains("<html lang=\"en\" dir=\"ltr\">");
        awaitAllSent();
        assertThat(recipientsOf(consultation)).containsExactly("trainex-host");
        assertThat(MailServer.received("monusco-host@demo.invalid", code)).isEmpty();
    }

    @Test
    void headquartersHearOfTheirGroupsTasksInEveryOperation() {
        transitions.imported(code, ASSESSMENT.replace("%2$s", "en"));
        Task terms = driver.task(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);

        assertThat(awaitOne("hq-planner@demo.invalid", terms.getName()).text()).contains(LINK + terms.getId());
    }

    @Test
    void someoneWhoTurnedMailOffGetsNone() {
        var rest = new RestClient(port);
        assertThat(rest.put("/api/me/notifications", "monusco-host", Map.of("email", false))
                        .json()
                        .path("email")
                        .asBoolean(true))
                .isFalse();
        try {
            Task consultation = consultationOf("fr", "monusco-host");

            awaitAllSent();
            assertThat(jdbc.sql("select status from mail_outbox where task_id = ? and recipient = 'monusco-host'")
                            .param(consultation.getId())
                            .query(String.class)
                            .single())
                    .isEqualTo("OPTED_OUT");
            assertThat(MailServer.received("monusco-host@demo.invalid", code)).isEmpty();
        } finally {
            rest.put("/api/me/notifications", "monusco-host", Map.of("email", true));
        }
    }

    @Test
    void aTransactionThatRollsBackMailsNothing() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            transitions.imported(code, ASSESSMENT.replace("%2$s", "en"));
            assertThat(driver.task(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE))
                    .isNotNull();
            status.setRollbackOnly();
        });
        delivery.sendDue();

        assertThat(registry.exists(code)).isFalse();
        assertThat(jdbc.sql("select count(*) from mail_outbox where operation_code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(MailServer.received().stream().filter(mail -> mail.subject().contains(code)))
                .isEmpty();
    }

    static ReceivedMail awaitOne(String address, String subjectPart) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !MailServer.received(address, subjectPart).isEmpty());
        List<ReceivedMail> mails = MailServer.received(address, subjectPart);
        assertThat(mails).as("mails to %s about %s", address, subjectPart).hasSize(1);
        return mails.get(0);
    }

    /** Every mail of the operation is done with: sent, or not to be sent. */
    void awaitAllSent() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select count(*) from mail_event")
                                        .query(Integer.class)
                                        .single()
                                == 0
                        && jdbc.sql(
                                                "select count(*) from mail_outbox where operation_code = ? and status in ('PENDING', 'CLAIMED', 'SENDING')")
                                        .param(code)
                                        .query(Integer.class)
                                        .single()
                                == 0);
    }

    List<String> recipientsOf(Task task) {
        return jdbc.sql("select recipient from mail_outbox where task_id = ? order by recipient")
                .param(task.getId())
                .query(String.class)
                .list();
    }

    static String day(Task task, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", locale)
                .format(task.getDueDate().toInstant().atZone(ZoneOffset.UTC));
    }
}
