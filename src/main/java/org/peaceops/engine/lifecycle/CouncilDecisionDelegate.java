package org.peaceops.engine.lifecycle;

import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peaceops.engine.registry.CouncilDecision;
import org.peaceops.engine.registry.CouncilOutcome;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.CalendarDates;
import org.springframework.stereotype.Component;

/** Task_RegisterCouncilDecision: stores the Council's decision with its resolution. */
@Component
public class CouncilDecisionDelegate implements JavaDelegate {

    private final TransitionRegistry registry;

    public CouncilDecisionDelegate(TransitionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var decision = new CouncilDecision(
                (String) execution.getVariable(RESOLUTION_SYMBOL),
                CalendarDates.stored((String) execution.getVariable(RESOLUTION_ADOPTED_ON)),
                CouncilOutcome.valueOf((String) execution.getVariable(COUNCIL_OUTCOME)),
                (String) execution.getVariable(COUNCIL_NOTES),
                (String) execution.getVariable(DECISION_SOURCE),
                (String) execution.getVariable(DECISION_RECORDED_BY));
        registry.recordCouncilDecision(execution.getProcessBusinessKey(), decision);
    }
}
