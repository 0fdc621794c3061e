package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RecordPhaseMitigation, completed: the mitigation, as a risk being mitigated in the risk register. */
@Component
public class PhaseMitigationRecordedListener implements TaskListener {

    private final PhaseRecorder phaseRecorder;

    public PhaseMitigationRecordedListener(PhaseRecorder phaseRecorder) {
        this.phaseRecorder = phaseRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        phaseRecorder.mitigationRecorded(task);
    }
}
