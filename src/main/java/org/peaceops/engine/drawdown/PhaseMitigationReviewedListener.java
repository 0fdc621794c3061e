package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_AcceptPhaseMitigation, completed: HQ accepted the mitigation, or returned it with what must change. */
@Component
public class PhaseMitigationReviewedListener implements TaskListener {

    private final PhaseRecorder phaseRecorder;

    public PhaseMitigationReviewedListener(PhaseRecorder phaseRecorder) {
        this.phaseRecorder = phaseRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        phaseRecorder.mitigationReviewed(task);
    }
}
