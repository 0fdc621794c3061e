package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_DecidePhaseReadiness: the decision phase-readiness, recorded, and its outcome for the gateway. */
@Component
public class PhaseReadinessDelegate implements JavaDelegate {

    private final PhaseReadiness readiness;

    public PhaseReadinessDelegate(PhaseReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var decision = readiness.decide((Long) execution.getVariable(PHASE_ID));
        execution.setVariable(READINESS_ID, decision.id());
        execution.setVariable(READINESS_OUTCOME, decision.outcome());
        execution.setVariable(READINESS_REASONS, decision.reasons());
    }
}
