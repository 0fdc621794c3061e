package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ResolveOverdueSite, completed after the form check: the site gets its new planned closure, or
 * its closure is recorded after the fact with its certificate; the escalation closes with the
 * explanation.
 */
@Component
public class OverdueSiteAnswerRecorder implements TaskListener {

    private final AlertRecorder answers;

    public OverdueSiteAnswerRecorder(AlertRecorder answers) {
        this.answers = answers;
    }

    @Override
    public void notify(DelegateTask task) {
        answers.siteAnswered(task);
    }
}
