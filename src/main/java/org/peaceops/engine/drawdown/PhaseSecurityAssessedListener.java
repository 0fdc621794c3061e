package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_AssessPhaseSecurity, completed: UNDSS's risk level for the phase, with its assessment. */
@Component
public class PhaseSecurityAssessedListener implements TaskListener {

    private final PhaseRecorder phaseRecorder;

    public PhaseSecurityAssessedListener(PhaseRecorder phaseRecorder) {
        this.phaseRecorder = phaseRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        phaseRecorder.securityAssessed(task);
    }
}
