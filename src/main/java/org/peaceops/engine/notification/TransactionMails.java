package org.peaceops.engine.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.engine.escalation.EscalationOpened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects a transaction's events (new tasks, escalations) and writes their mails to the outbox as
 * the transaction commits, in it: mail of a transaction that rolls back is never written, so never
 * sent. Written just before the commit, when the engine has flushed what the transaction created (an
 * operation's tenant and its groups, registered in the same transaction as its first task), so that
 * the reads of the recipients find it. Delivered after the commit.
 */
@Component
class TransactionMails {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionMails.class);

    private final EventMails eventMails;
    private final MailOutbox outbox;
    private final MailDelivery delivery;
    private final Clock clock;

    TransactionMails(EventMails eventMails, MailOutbox outbox, MailDelivery delivery, Clock clock) {
        this.eventMails = eventMails;
        this.outbox = outbox;
        this.delivery = delivery;
        this.clock = clock;
    }

    void taskCreated(TaskNotice task) {
        Events events = events();
        if (events == null) {
            write(List.of(task), List.of());
        } else {
            events.tasks.add(task);
        }
    }

    void escalationOpened(EscalationOpened escalation) {
        Events events = events();
        if (events == null) {
            write(List.of(), List.of(escalation));
        } else {
            events.escalations.add(escalation);
        }
    }

    /** Outside a transaction (nothing to wait for): written and delivered at once. */
    private void write(List<TaskNotice> tasks, List<EscalationOpened> escalations) {
        if (writeMails(tasks, escalations)) {
            delivery.nudge();
        }
    }

    /**
     * Composes and writes the mails; true when there were some. Mails that cannot be composed (a text
     * missing from a bundle) are logged and left out: a missing text never costs the engine its work.
     */
    private boolean writeMails(List<TaskNotice> tasks, List<EscalationOpened> escalations) {
        if (tasks.isEmpty() && escalations.isEmpty()) {
            return false;
        }
        List<OutgoingMail> mails;
        try {
            mails = eventMails.of(tasks, escalations);
        } catch (RuntimeException e) {
            LOG.error("E-mails of {} new tasks and {} escalations not written", tasks.size(), escalations.size(), e);
            return false;
        }
        outbox.add(mails, clock.instant());
        return !mails.isEmpty();
    }

    /** This transaction's events, with the synchronization that writes their mails; null outside one. */
    private Events events() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Events events = (Events) TransactionSynchronizationManager.getResource(this);
        if (events == null) {
            Events created = new Events();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    created.written = writeMails(created.tasks, created.escalations);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMails.this);
                    if (status == STATUS_COMMITTED && created.written) {
                        delivery.nudge();
                    }
                }
            });
            events = created;
        }
        return events;
    }

    private static final class Events {
        private final List<TaskNotice> tasks = new ArrayList<>();
        private final List<EscalationOpened> escalations = new ArrayList<>();
        private boolean written;
    }
}
