package org.peaceops.engine.notification;

import java.util.ArrayList;
import java.util.List;
import org.peaceops.engine.escalation.EscalationOpened;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects a transaction's events (new tasks, escalations) and writes them as the transaction commits,
 * in it, as one row ({@link MailEvents}): mail of a transaction that rolls back is never written, so
 * never sent. Their mails are composed and delivered after the commit, when what the transaction
 * created (an operation's tenant and its groups, registered in the same transaction as its first task)
 * is there for the reads of the recipients.
 */
@Component
class TransactionMails {

    private final MailEvents mailEvents;
    private final MailDelivery delivery;

    TransactionMails(MailEvents mailEvents, MailDelivery delivery) {
        this.mailEvents = mailEvents;
        this.delivery = delivery;
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

    /** Outside a transaction (nothing to wait for): written and composed at once. */
    private void write(List<TaskNotice> tasks, List<EscalationOpened> escalations) {
        if (writeEvents(tasks, escalations)) {
            delivery.nudge();
        }
    }

    /** Writes the events, one row; true when there were some. */
    private boolean writeEvents(List<TaskNotice> tasks, List<EscalationOpened> escalations) {
        return mailEvents.write(tasks, escalations);
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
                    created.written = writeEvents(created.tasks, created.escalations);
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
