package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task_DecidePhaseReadiness, ended: the results of phase-readiness made one decision, recorded with the
 * facts it was taken on, and its outcome for the gateway.
 */
@Component
public class ReadinessDecisionRecorder implements ExecutionListener {

    private final PhaseReadiness readiness;

    public ReadinessDecisionRecorder(PhaseReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateExecution execution) {
        var decision = readiness.record(
                (Long) execution.getVariable(PHASE_ID), execution.getVariablesLocal(), (List<Map<String, Object>>)
                        execution.getVariableLocal(READINESS_RESULTS));
        execution.setVariable(READINESS_ID, decision.id());
        execution.setVariable(READINESS_OUTCOME, decision.outcome());
        execution.setVariable(READINESS_REASONS, decision.reasons());
    }
}
