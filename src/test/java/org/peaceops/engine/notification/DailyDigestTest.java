package org.peaceops.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.access.OperationTenants;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.notification.MailServer.ReceivedMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Once a day, each person with tasks due within 7 days or overdue gets one mail listing them, however
 * many times and on however many nodes the day's digest is written.
 */
@MailTest
class DailyDigestTest {

    static final String HOST = "monusco-host@demo.invalid";

    @Autowired
    Transitions transitions;

    @Autowired
    ProcessDriver driver;

    @Autowired
    OperationTenants tenants;

    @Autowired
    DailyDigest digest;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachPersonGetsOneDigestADayOfTheirTasksDueSoonOrOverdueHoweverOftenItIsWritten() throws Exception {
        String code = transitions.newOperation();
        transitions.imported(code, NewTaskMailTest.ASSESSMENT.replace("%2$s", "fr"));
        tenants.addStaff(code, "monusco-host");
        driver.complete(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);
        Task consultation = driver.task(code, StrategicAssessment.TASK_CONSULT_HOST_GOVERNMENT);
        LocalDate due = LocalDate.ofInstant(consultation.getDueDate().toInstant(), ZoneOffset.UTC);

        // four days before the consultation is due, the day's digest is written, and written again
        LocalDate soon = due.minusDays(4);
        at(soon);
        assertThat(digest.write(soon)).isPositive();
        assertThat(digest.write(soon)).as("the day is written").isZero();

        ReceivedMail first = awaitDigest(consultation, "échéance le");
        assertThat(first.subject()).startsWith("Vos tâches à échéance proche ou en retard : ");
        assertThat(first.text())
                .contains(
                        "Bonjour Marie Host,",
                        "- " + consultation.getName() + " (échéance le "
                                + NewTaskMailTest.day(consultation, java.util.Locale.FRENCH) + ")",
                        NewTaskMailTest.LINK + consultation.getId());

        // two days after, on two nodes at the same moment: one writes it, the other finds it written
        LocalDate late = due.plusDays(2);
        at(late);
        assertThat(writtenAtOnce(late)).containsExactlyInAnyOrder(0, digestsOf(late));
        awaitDigest(consultation, "en retard depuis le");

        assertThat(digests(consultation)).hasSize(2);
        assertThat(jdbc.sql("select count(*) from mail_outbox where mail_key = ?")
                        .param("digest:" + late + ":monusco-host")
                        .query(Integer.class)
                        .single())
                .isOne();
        assertThat(digestsOf(soon)).isPositive();
        assertThat(jdbc.sql("select count(*) from mail_outbox where mail_key like ?")
                        .param("digest:" + soon + ":designer")
                        .query(Integer.class)
                        .single())
                .as("no digest for someone with no task")
                .isZero();
    }

    /** Two writers at the same moment; what each wrote. */
    List<Integer> writtenAtOnce(LocalDate day) throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = IntStream.range(0, 2)
                    .mapToObj(n -> nodes.submit(() -> {
                        start.await();
                        return digest.write(day);
                    }))
                    .toList();
            start.countDown();
            return List.of(runs.get(0).get(), runs.get(1).get());
        } finally {
            nodes.shutdown();
        }
    }

    void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(6, 0).toInstant(ZoneOffset.UTC)));
    }

    int digestsOf(LocalDate day) {
        return jdbc.sql("select count(*) from mail_outbox where mail_key like ?")
                .param("digest:" + day + ":%")
                .query(Integer.class)
                .single();
    }

    /** The digests to the host that list the task. */
    List<ReceivedMail> digests(Task task) {
        return MailServer.received(HOST, "Vos tâches").stream()
                .filter(mail -> mail.text().contains(NewTaskMailTest.LINK + task.getId()))
                .toList();
    }

    ReceivedMail awaitDigest(Task task, String when) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> digests(task).stream().anyMatch(mail -> mail.text().contains(when)));
        List<ReceivedMail> found = digests(task).stream()
                .filter(mail -> mail.text().contains(when))
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
