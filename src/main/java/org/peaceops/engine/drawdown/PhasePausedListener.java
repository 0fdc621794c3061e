package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_DecidePausedPhase, created: the phase is on hold, and HQ has an escalation to answer. */
@Component
public class PhasePausedListener implements TaskListener {

    private final PhaseRecorder phaseRecorder;

    public PhasePausedListener(PhaseRecorder phaseRecorder) {
        this.phaseRecorder = phaseRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        phaseRecorder.paused(task);
    }
}
