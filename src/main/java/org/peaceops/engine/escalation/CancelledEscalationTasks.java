package org.peaceops.engine.escalation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.camunda.UserTaskDeletionListener;
import org.springframework.stereotype.Component;

/**
 * Every user task, when its process deletes it without completing it, closes the escalation that came
 * with it, if any: an escalation is open until someone answers its task, or until no one can.
 */
@Component
class CancelledEscalationTasks implements UserTaskDeletionListener {

    private final Escalations escalations;

    CancelledEscalationTasks(Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void notify(DelegateTask task) {
        escalations.taskCancelled(task);
    }
}
