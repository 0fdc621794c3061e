package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ResolveOverrunningPhase, completed. */
@Component
public class OverrunAnswerRecorder implements TaskListener {

    private final OverrunEndorsements endorsements;

    public OverrunAnswerRecorder(OverrunEndorsements endorsements) {
        this.endorsements = endorsements;
    }

    @Override
    public void notify(DelegateTask task) {
        endorsements.answered(task);
    }
}
