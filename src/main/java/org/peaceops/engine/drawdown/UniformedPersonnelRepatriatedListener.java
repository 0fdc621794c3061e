package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RepatriateUniformedPersonnel, completed: how many troops and police went home, and when. */
@Component
public class UniformedPersonnelRepatriatedListener implements TaskListener {

    private final PhaseRecorder phaseRecorder;

    public UniformedPersonnelRepatriatedListener(PhaseRecorder phaseRecorder) {
        this.phaseRecorder = phaseRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        phaseRecorder.repatriated(task);
    }
}
