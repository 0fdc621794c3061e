package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_AcceptAcceleratedRisk, completed: HQ accepted the risks of the accelerated withdrawal. */
@Component
public class AcceleratedRiskAcceptedListener implements TaskListener {

    private final PhaseRecorder phaseRecorder;

    public AcceleratedRiskAcceptedListener(PhaseRecorder phaseRecorder) {
        this.phaseRecorder = phaseRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        phaseRecorder.acceleratedRiskAccepted(task);
    }
}
