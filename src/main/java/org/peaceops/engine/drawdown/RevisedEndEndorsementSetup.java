package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_EndorseRevisedPhaseEnd, created. */
@Component
public class RevisedEndEndorsementSetup implements TaskListener {

    private final OverrunEndorsements endorsements;

    public RevisedEndEndorsementSetup(OverrunEndorsements endorsements) {
        this.endorsements = endorsements;
    }

    @Override
    public void notify(DelegateTask task) {
        endorsements.toEndorse(task);
    }
}
