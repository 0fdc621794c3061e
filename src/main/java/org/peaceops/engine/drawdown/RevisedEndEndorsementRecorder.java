package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_EndorseRevisedPhaseEnd, completed. */
@Component
public class RevisedEndEndorsementRecorder implements TaskListener {

    private final OverrunEndorsements endorsements;

    public RevisedEndEndorsementRecorder(OverrunEndorsements endorsements) {
        this.endorsements = endorsements;
    }

    @Override
    public void notify(DelegateTask task) {
        endorsements.endorsed(task);
    }
}
