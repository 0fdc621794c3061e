package org.peaceops.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.escalation.EscalationOpened;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction's mail events are composed into mails once, by one node: an event claimed by a node
 * that stopped before composing it is composed by another once the claim runs out, and not before.
 */
@MailTest
class MailEventsTest {

    @Autowired
    Transitions transitions;

    @Autowired
    MailEvents events;

    @Autowired
    MailDelivery delivery;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void anEventClaimedByANodeThatStoppedIsComposedByAnotherOnceItsClaimRunsOut() {
        String code = transitions.newOperation();
        transitions.imported(code, Transitions.PHASED_OPERATION);
        delivery.sendDue();
        long escalation = -System.nanoTime();
        Instant now = clock.instant();
        // as a node leaves an event that it claimed and stopped before it could compose it; in one
        // transaction, so that no sender of this node sees it unclaimed
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(events.write(
                            List.of(),
                            List.of(new EscalationOpened(
                                    escalation,
                                    code,
                                    "FINANCIAL_CLIFF",
                                    null,
                                    "a test of the claims",
                                    "hq-task-force",
                                    LocalDate.parse("2026-03-16"),
                                    null))))
                    .isTrue();
            jdbc.sql("update mail_event set claimed_by = 'a node that stopped', claimed_until = ? where events like ?")
                    .params(Timestamp.from(now.plus(Duration.ofMinutes(5))), "%a test of the claims%")
                    .update();
        });

        delivery.sendDue();
        assertThat(mailsOf(escalation)).as("its claim still runs").isZero();
        assertThat(eventsLeft()).isOne();

        ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(10))));
        delivery.sendDue();
        await().atMost(Duration.ofSeconds(60)).until(() -> eventsLeft() == 0);

        int mails = mailsOf(escalation);
        assertThat(mails).as("mail to headquarters").isPositive();
        delivery.sendDue();
        assertThat(mailsOf(escalation)).as("composed once").isEqualTo(mails);
    }

    int mailsOf(long escalation) {
        return jdbc.sql("select count(*) from mail_outbox where mail_key like ?")
                .param("escalation:" + escalation + ":%")
                .query(Integer.class)
                .single();
    }

    int eventsLeft() {
        return jdbc.sql("select count(*) from mail_event where events like ?")
                .param("%a test of the claims%")
                .query(Integer.class)
                .single();
    }
}
