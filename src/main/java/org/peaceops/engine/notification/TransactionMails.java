package org.peaceops.engine.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.engine.escalation.EscalationOpened;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes mail in the transaction of its event, and has it delivered once that transaction commits:
 * mail of a transaction that rolls back is never written, so never sent. Also holds, for the rest of
 * the transaction, the escalations opened for a task being created, so that headquarters gets one mail
 * about such a task, written once the task has its final name ({@link NewTaskMails}).
 */
@Component
class TransactionMails {

    private final MailOutbox outbox;
    private final MailDelivery delivery;
    private final Clock clock;

    TransactionMails(MailOutbox outbox, MailDelivery delivery, Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** Writes the mails in the current transaction; they are delivered after it commits. */
    void write(List<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        outbox.add(mails, clock.instant());
        State state = state();
        if (state == null) {
            // no transaction to wait for: the rows are committed already
            delivery.nudge();
        } else {
            state.written = true;
        }
    }

    /**
     * Keeps an escalation that comes with a task until the task is created in this transaction; false
     * when there is no transaction to keep it in.
     */
    boolean holdForTask(EscalationOpened escalation, Runnable ifTaskNeverComes) {
        State state = state();
        if (state == null) {
            return false;
        }
        state.escalations.put(escalation.taskId(), new Held(escalation, ifTaskNeverComes));
        return true;
    }

    /** The escalation opened in this transaction for the task, if any; it is the caller's now. */
    EscalationOpened takeEscalationFor(String taskId) {
        State state = TransactionSynchronizationManager.isSynchronizationActive()
                ? (State) TransactionSynchronizationManager.getResource(this)
                : null;
        Held held = state == null ? null : state.escalations.remove(taskId);
        return held == null ? null : held.escalation();
    }

    private State state() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        State state = (State) TransactionSynchronizationManager.getResource(this);
        if (state == null) {
            State created = new State();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // an escalation whose task was not created after all still reaches headquarters
                    List<Held> left = List.copyOf(created.escalations.values());
                    created.escalations.clear();
                    left.forEach(held -> held.ifTaskNeverComes().run());
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMails.this);
                    if (status == STATUS_COMMITTED && created.written) {
                        delivery.nudge();
                    }
                }
            });
            state = created;
        }
        return state;
    }

    private record Held(EscalationOpened escalation, Runnable ifTaskNeverComes) {}

    private static final class State {
        private final Map<String, Held> escalations = new LinkedHashMap<>();
        private boolean written;
    }
}
