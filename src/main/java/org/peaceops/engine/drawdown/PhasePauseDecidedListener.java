package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DecidePausedPhase, completed: HQ's decision on the paused phase (wait, ask the Council, or accelerate
 * the withdrawal), and its escalation closed.
 */
@Component
public class PhasePauseDecidedListener implements TaskListener {

    private final PhaseRecorder phaseRecorder;

    public PhasePauseDecidedListener(PhaseRecorder phaseRecorder) {
        this.phaseRecorder = phaseRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        phaseRecorder.pauseDecided(task);
    }
}
