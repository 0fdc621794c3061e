package org.peaceops.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.Timers;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.access.OperationTenants;
import org.peaceops.engine.drawdown.DrawdownAlert;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.notification.MailServer.ReceivedMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An escalation mails headquarters, in the operation's language, once per person. */
@MailTest
class EscalationMailTest {

    static final String HQ = "hq-planner@demo.invalid";

    @Autowired
    Transitions transitions;

    @Autowired
    Timers timers;

    @Autowired
    ProcessDriver driver;

    @Autowired
    OperationTenants tenants;

    @Autowired
    Escalations escalations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    String code;

    @BeforeEach
    void newOperation() {
        code = transitions.newOperation();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theDrawdownsEscalationsMailHeadquartersInFrenchAndTheirTasksGoToTheirGroups() {
        ProcessInstance lifecycle = transitions.imported(
                code,
                Transitions.LATE_OPERATION.replace(
                        "\"type\": \"PKO\"", "\"type\": \"PKO\", \"workingLanguage\": \"fr\""));
        tenants.addStaff(code, "monusco-leadership");

        timers.checkDrawdown(code, lifecycle);
        awaitAllSent();

        // two sites past their closure and a phase past its end: three escalations, each with a task;
        // and headquarters' own task of the new operation, its staffing
        List<ReceivedMail> toHq = MailServer.received(HQ, code);
        assertThat(toHq)
                .extracting(ReceivedMail::subject)
                .containsExactlyInAnyOrder(
                        "Nouvelle tâche : " + code + "\u00a0: Doter l’opération de son personnel",
                        "Escalade, " + code + " : Un site est encore ouvert après sa date de fermeture prévue",
                        "Escalade, " + code + " : Un site est encore ouvert après sa date de fermeture prévue",
                        "Escalade, " + code + " : Une phase du retrait dépasse sa date de fin prévue");
        var overrun = driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE);
        ReceivedMail phase = toHq.stream()
                .filter(mail -> mail.subject().contains("phase"))
                .findFirst()
                .orElseThrow();
        assertThat(phase.text())
                .contains(
                        "Bonjour Hana Planner,",
                        "Une escalade demande l’attention du Siège pour Late " + code + " (" + code + ").",
                        "Tâche : " + overrun.getName(),
                        "https://transitions.example.org/camunda/app/tasklist/mailtest/#/?task=" + overrun.getId())
                // the register's reasons are recorded in English: a French mail does not quote them
                .doesNotContain("Motif", "days after");
        // the phase's task is headquarters' too: the escalation is their one mail about it
        assertThat(recipients("TASK", overrun.getId())).containsExactly("monusco-leadership");
        assertThat(recipients("ESCALATION", overrun.getId())).containsExactly("hq-planner");
        assertThat(MailServer.received("monusco-leadership@demo.invalid", code))
                .extracting(ReceivedMail::subject)
                .hasSize(3)
                .allMatch(subject -> subject.startsWith("Nouvelle tâche : "));
    }

    @Test
    void anEscalationWithoutATaskMailsHeadquartersWhyAndWhereToLook() {
        transitions.imported(code, Transitions.PHASED_OPERATION);

        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> escalations.open(
                        code,
                        "FINANCIAL_CLIFF",
                        null,
                        "UNCT funding covers 30% of the mission's programme budget, below 50%",
                        "hq-task-force,pbso",
                        LocalDate.parse("2026-03-16")));
        awaitAllSent();

        List<ReceivedMail> toHq = MailServer.received(HQ, code);
        assertThat(toHq)
                .as("the escalation, and headquarters' own task of the new operation, its staffing")
                .extracting(ReceivedMail::subject)
                .containsExactlyInAnyOrder(
                        "New task: " + code + ": Staff the operation",
                        "Escalation in " + code + ": A financial cliff: the country team’s funding falls short");
        ReceivedMail escalation = toHq.stream()
                .filter(mail -> mail.subject().startsWith("Escalation"))
                .findFirst()
                .orElseThrow();
        assertThat(escalation.text())
                .contains(
                        "Why: UNCT funding covers 30% of the mission's programme budget, below 50%",
                        "Due: 16 March 2026",
                        "Open Tasklist:\nhttps://transitions.example.org/camunda/app/tasklist/mailtest/");
        assertThat(MailServer.received("pbso-officer@demo.invalid", code))
                .as("an escalation mails headquarters' task force")
                .isEmpty();
    }

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

    List<String> recipients(String kind, String taskId) {
        return jdbc.sql("select recipient from mail_outbox where kind = ? and task_id = ? order by recipient")
                .params(kind, taskId)
                .query(String.class)
                .list();
    }
}
