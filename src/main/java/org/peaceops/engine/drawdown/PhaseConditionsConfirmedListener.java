package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ConfirmPhaseConditions, completed: host consent and the UNCT's funding for the phase, and the national
 * POC plan's status.
 */
@Component
public class PhaseConditionsConfirmedListener implements TaskListener {

    private final PhaseRecorder phaseRecorder;

    public PhaseConditionsConfirmedListener(PhaseRecorder phaseRecorder) {
        this.phaseRecorder = phaseRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        phaseRecorder.conditionsConfirmed(task);
    }
}
