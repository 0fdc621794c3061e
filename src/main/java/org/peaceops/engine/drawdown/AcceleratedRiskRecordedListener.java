package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RecordAcceleratedRisk, completed: the risks of leaving by the hard deadline, in the risk register. */
@Component
public class AcceleratedRiskRecordedListener implements TaskListener {

    private final PhaseRecorder phaseRecorder;

    public AcceleratedRiskRecordedListener(PhaseRecorder phaseRecorder) {
        this.phaseRecorder = phaseRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        phaseRecorder.acceleratedRiskRecorded(task);
    }
}
