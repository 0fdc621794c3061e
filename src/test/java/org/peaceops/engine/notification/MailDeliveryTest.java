package org.peaceops.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mail of the outbox goes out once: however many senders claim at the same moment (two nodes' sweeps,
 * the mail thread after a commit), when an event is told twice, when the SMTP server refuses it for a
 * while, and not again when its node stopped while sending it.
 */
@MailTest
class MailDeliveryTest {

    static final String TO = "hq-planner@demo.invalid";

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDelivery delivery;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void serverUpAndClockBack() {
        MailServer.start();
        ClockUtil.reset();
    }

    @Test
    void twoSendersAtOnceSendEachMailOnceAndAnEventToldTwiceIsOneMail() throws Exception {
        String batch = UUID.randomUUID().toString();
        List<OutgoingMail> mails =
                IntStream.range(0, 20).mapToObj(n -> mail(batch + "-" + n)).toList();
        outbox.add(mails, clock.instant());
        outbox.add(mails, clock.instant());
        assertThat(statuses(batch)).hasSize(20);

        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = IntStream.range(0, 2)
                    .mapToObj(n -> senders.submit(() -> {
                        start.await();
                        return delivery.sendDue();
                    }))
                    .toList();
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            senders.shutdown();
        }
        awaitFinished(batch);
        delivery.sendDue();

        assertThat(statuses(batch)).containsOnly("SENT 1");
        for (OutgoingMail mail : mails) {
            assertThat(received(mail.content().subject())).hasSize(1);
        }
    }

    @Test
    void aMailTheServerRefusesGoesOutOnceWhenTheServerIsBack() {
        String key = UUID.randomUUID().toString();
        MailServer.stop();
        outbox.add(List.of(mail(key)), clock.instant());

        delivery.sendDue();
        awaitFinished(key);
        assertThat(statuses(key)).containsExactly("PENDING 1");
        assertThat(lastError(key)).contains("MailSendException");

        MailServer.start();
        delivery.sendDue();
        assertThat(statuses(key)).as("not before its retry is due").containsExactly("PENDING 1");

        moveClock(Duration.ofMinutes(2));
        delivery.sendDue();
        awaitFinished(key);
        delivery.sendDue();
        assertThat(statuses(key)).containsExactly("SENT 2");
        assertThat(received("Subject " + key)).hasSize(1);
    }

    @Test
    void aMailRefusedAtEveryAttemptIsGivenUp() {
        String key = UUID.randomUUID().toString();
        // due in an hour, so that no sender takes it before it has had seven attempts
        outbox.add(List.of(mail(key)), clock.instant().plus(Duration.ofHours(1)));
        jdbc.sql("update mail_outbox set attempts = 7 where mail_key = ?")
                .param("test:" + key)
                .update();
        MailServer.stop();

        moveClock(Duration.ofHours(2));
        delivery.sendDue();
        awaitFinished(key);
        MailServer.start();
        moveClock(Duration.ofDays(2));
        delivery.sendDue();

        assertThat(statuses(key)).containsExactly("FAILED 8");
        assertThat(received("Subject " + key)).isEmpty();
    }

    @Test
    void aMailWhoseNodeStoppedWhileSendingItIsNeverSentAgain() {
        String key = UUID.randomUUID().toString();
        Instant written = clock.instant().plus(Duration.ofHours(1));
        outbox.add(List.of(mail(key)), written);
        // as a node leaves it that claimed it and stopped before it could record how the sending went
        jdbc.sql(
                        """
                update mail_outbox set status = 'SENDING', claimed_by = 'a node that stopped', attempts = 1,
                                       claimed_until = ?
                where mail_key = ?""")
                .params(Timestamp.from(written.plus(Duration.ofMinutes(5))), "test:" + key)
                .update();

        moveClock(Duration.ofHours(1));
        delivery.sendDue();
        assertThat(statuses(key)).as("its claim still runs").containsExactly("SENDING 1");

        moveClock(Duration.ofMinutes(10));
        delivery.sendDue();
        assertThat(statuses(key)).containsExactly("UNKNOWN 1");
        delivery.sendDue();
        assertThat(statuses(key)).containsExactly("UNKNOWN 1");
        assertThat(received("Subject " + key)).isEmpty();
    }

    @Test
    void aMailClaimedByANodeThatStoppedBeforeSendingItGoesOutFromAnother() {
        String key = UUID.randomUUID().toString();
        Instant written = clock.instant().plus(Duration.ofHours(1));
        outbox.add(List.of(mail(key)), written);
        jdbc.sql(
                        """
                update mail_outbox set status = 'CLAIMED', claimed_by = 'a node that stopped', claimed_until = ?
                where mail_key = ?""")
                .params(Timestamp.from(written.plus(Duration.ofMinutes(5))), "test:" + key)
                .update();

        moveClock(Duration.ofMinutes(70));
        delivery.sendDue();
        awaitFinished(key);

        assertThat(statuses(key)).containsExactly("SENT 1");
        assertThat(received("Subject " + key)).hasSize(1);
    }

    static OutgoingMail mail(String key) {
        return new OutgoingMail(
                "test:" + key,
                MailKind.TASK,
                null,
                null,
                "hq-planner",
                TO,
                "Hana Planner",
                new MailContent("Subject " + key, "Text of " + key + "\n", "<p>Text of " + key + "</p>"));
    }

    /** Each mail of the batch as "status attempts". */
    List<String> statuses(String keyPart) {
        return jdbc.sql("select status, attempts from mail_outbox where mail_key like ? order by id")
                .param("test:" + keyPart + "%")
                .query((rs, n) -> rs.getString("status") + " " + rs.getInt("attempts"))
                .list();
    }

    static List<MailServer.ReceivedMail> received(String subject) {
        return MailServer.received(TO, subject).stream()
                .filter(mail -> mail.subject().equals(subject))
                .toList();
    }

    String lastError(String key) {
        return jdbc.sql("select last_error from mail_outbox where mail_key = ?")
                .param("test:" + key)
                .query(String.class)
                .single();
    }

    /** The mail thread of the commits may hold some of the batch: done with, whoever sent them. */
    void awaitFinished(String keyPart) {
        await().atMost(Duration.ofSeconds(60)).until(() -> statuses(keyPart).stream()
                .noneMatch(s -> s.startsWith("CLAIMED") || s.startsWith("SENDING")));
    }

    void moveClock(Duration by) {
        Instant now = clock.instant();
        ClockUtil.setCurrentTime(Date.from(now.plus(by)));
    }
}
