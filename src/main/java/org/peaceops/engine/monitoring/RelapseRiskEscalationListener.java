package org.peaceops.engine.monitoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_EscalateRelapseRisk, created: the escalation, open until headquarters and the PBSO refer the risk. */
@Component
public class RelapseRiskEscalationListener implements TaskListener {

    private final PostTransitionRecorder recorder;

    public RelapseRiskEscalationListener(PostTransitionRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void notify(DelegateTask task) {
        recorder.relapseRisk(task);
    }
}
