package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Flow_PhasesOnRecord, taken: fixes the phases neither completed nor cancelled, in order, as the list
 * the drawdown-phase multi-instance runs through (it reads its collection again before each phase).
 */
@Component
public class OpenPhasesFixingListener implements ExecutionListener {

    private final DrawdownPhases phases;

    public OpenPhasesFixingListener(DrawdownPhases phases) {
        this.phases = phases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        phases.fix(execution);
    }
}
