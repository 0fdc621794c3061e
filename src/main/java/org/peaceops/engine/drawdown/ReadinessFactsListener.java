package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task_DecidePhaseReadiness, started: the facts phase-readiness decides on, from the phase's latest
 * records, as variables local to the task, so that the engine's evaluation records them as the
 * decision's inputs and they do not outlive it.
 */
@Component
public class ReadinessFactsListener implements ExecutionListener {

    private final PhaseReadiness readiness;

    public ReadinessFactsListener(PhaseReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariablesLocal(readiness.facts((Long) execution.getVariable(PHASE_ID)));
    }
}
