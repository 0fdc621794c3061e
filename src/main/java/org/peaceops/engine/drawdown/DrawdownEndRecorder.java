package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_RecordDrawdownEnded (the lifecycle, for a transition without phases on record), completed after
 * the form check: the end of the drawdown as a whole, and its summary, go on record.
 */
@Component
public class DrawdownEndRecorder implements TaskListener {

    private final PhaseRecorder phaseRecorder;

    public DrawdownEndRecorder(PhaseRecorder phaseRecorder) {
        this.phaseRecorder = phaseRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        phaseRecorder.drawdownEnded(task);
    }
}
