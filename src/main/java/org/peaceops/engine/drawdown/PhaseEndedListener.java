package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RecordPhaseEnded, completed: the phase is COMPLETED on the day mission leadership gives. */
@Component
public class PhaseEndedListener implements TaskListener {

    private final PhaseRecorder phaseRecorder;

    public PhaseEndedListener(PhaseRecorder phaseRecorder) {
        this.phaseRecorder = phaseRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        phaseRecorder.ended(task);
    }
}
