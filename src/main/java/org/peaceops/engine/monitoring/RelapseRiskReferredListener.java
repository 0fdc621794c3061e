package org.peaceops.engine.monitoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_EscalateRelapseRisk, completed: the risk of relapse referred to the PBC or to the Council, and its
 * escalation closed.
 */
@Component
public class RelapseRiskReferredListener implements TaskListener {

    private final PostTransitionRecorder recorder;

    public RelapseRiskReferredListener(PostTransitionRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void notify(DelegateTask task) {
        recorder.referred(task);
    }
}
